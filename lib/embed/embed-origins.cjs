// The origins allowed to frame the embeds (EMBED_ORIGINS), as the CSP `frame-ancestors` source list.
// CommonJS, since next.config.js reads it too.
'use strict';

/** An origin as CSP writes it: scheme, host (or `*.` and a host), optional port; no path. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:[0-9]{1,5})?$/i;

/**
 * `EMBED_ORIGINS="https://www.journal.fr https://*.journal.fr"` (spaces or commas) → the source
 * list; unset or empty → `*`, any origin. A value that is not an origin, `*` or `'self'` is a
 * setting error, named as such, rather than a framing rule that silently lets nobody (or everybody) in.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function embedFrameAncestors(env = process.env) {
  const values = (env.EMBED_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean).map((value) => value.replace(/\/+$/, ''));
  if (values.length === 0) return '*';
  for (const value of values) {
    if (value !== '*' && value !== "'self'" && !ORIGIN.test(value)) {
      throw new Error(`EMBED_ORIGINS: « ${value} » n'est pas une origine (exemple : https://www.journal.fr, ou *)`);
    }
  }
  return [...new Set(values)].join(' ');
}

module.exports = { embedFrameAncestors };
