// `/integrer.js`, the script the snippet loads on the host page: it sets each embed's frame to the
// height the embed says, and does nothing else. Plain ES5-style JavaScript with no dependency, kept
// here as text so that its content hash (the `?v=` of its URL) is known wherever the snippet is written.
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, MAX_EMBED_HEIGHT } from './resize-message';

/** Where the site serves it; the snippet adds `?v=<hash>`, which lets a cache keep it for a year. */
export const HOST_SCRIPT_PATH = '/integrer.js';

/**
 * A message counts only when it comes from one of this page's frames (`event.source` is that frame's
 * window, so a frame cannot resize another) and from the site's origin (read from this script's own
 * URL, so no address is baked in). The height is a number, clamped; nothing in a message is run,
 * written into the page or read beyond it. One listener even when the snippet is pasted twice.
 */
export const HOST_SCRIPT = `(function () {
  'use strict';
  if (window.__grappesIntegrer) return;
  window.__grappesIntegrer = true;
  var script = document.currentScript;
  var origin;
  try { origin = new URL(script && script.src ? script.src : '', location.href).origin; } catch (e) { return; }
  function frames() {
    var all = document.getElementsByTagName('iframe');
    var ours = [];
    for (var i = 0; i < all.length; i++) {
      var src;
      try { src = new URL(all[i].src, location.href).origin; } catch (e) { continue; }
      if (src === origin) ours.push(all[i]);
    }
    return ours;
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== '${HEIGHT_MESSAGE}') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > ${MAX_EMBED_HEIGHT}) return;
    var ours = frames();
    for (var i = 0; i < ours.length; i++) {
      if (ours[i].contentWindow === event.source) {
        ours[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
  function ask() {
    var ours = frames();
    for (var i = 0; i < ours.length; i++) {
      if (ours[i].contentWindow) ours[i].contentWindow.postMessage({ type: '${HEIGHT_REQUEST}' }, origin);
    }
  }
  ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
})();
`;

/** FNV-1a, 32 bits, in hex: a content hash pure enough for the browser, which writes the snippet too. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const HOST_SCRIPT_VERSION = fnv1a(HOST_SCRIPT);

/** `/integrer.js?v=1a2b3c4d`: the URL the snippet names, which changes whenever the script does. */
export const HOST_SCRIPT_URL = `${HOST_SCRIPT_PATH}?v=${HOST_SCRIPT_VERSION}`;
