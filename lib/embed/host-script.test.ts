import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HOST_SCRIPT, HOST_SCRIPT_URL, HOST_SCRIPT_VERSION } from './host-script';
import { HEIGHT_REQUEST, heightMessage } from './resize-message';

type Frame = { src: string; style: { height?: string }; contentWindow: { postMessage: (data: unknown, origin: string) => void }; asked: unknown[] };

/** The script run on a host page at https://journal.fr with these frames; returns how to post it a message. */
function hostPage(frames: Array<{ src: string }>) {
  const listeners: Array<(event: unknown) => void> = [];
  const made: Frame[] = frames.map(({ src }) => {
    const frame: Frame = { src, style: {}, asked: [], contentWindow: { postMessage: (data, origin) => frame.asked.push({ data, origin }) } };
    return frame;
  });
  const window: Record<string, unknown> = { addEventListener: (type: string, listener: (event: unknown) => void) => type === 'message' && listeners.push(listener) };
  const document = { currentScript: { src: `https://grappes.fr${HOST_SCRIPT_URL}` }, readyState: 'complete', getElementsByTagName: () => made, addEventListener: () => {} };
  const run = () => runInNewContext(HOST_SCRIPT, { window, document, location: { href: 'https://journal.fr/article' }, URL, isFinite, Math });
  run();
  const post = (event: { origin: string; source: unknown; data: unknown }) => listeners.forEach((listener) => listener(event));
  return { frames: made, post, listeners, run };
}

describe('the host page’s script (/integrer.js)', () => {
  it('sets the height of the frame the message comes from, and of no other', () => {
    const { frames, post } = hostPage([{ src: 'https://grappes.fr/integrer/membres' }, { src: 'https://grappes.fr/integrer/emplois' }]);
    post({ origin: 'https://grappes.fr', source: frames[1].contentWindow, data: heightMessage('/integrer/emplois', 733.4) });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, '734px']);
  });

  it('ignores messages from another origin, another window, or that are not a plausible height', () => {
    const { frames, post } = hostPage([{ src: 'https://grappes.fr/integrer/membres' }, { src: 'https://ailleurs.fr/widget' }]);
    post({ origin: 'https://ailleurs.fr', source: frames[1].contentWindow, data: heightMessage('x', 500) });
    post({ origin: 'https://ailleurs.fr', source: frames[0].contentWindow, data: heightMessage('x', 500) });
    post({ origin: 'https://grappes.fr', source: {}, data: heightMessage('x', 500) });
    for (const data of [{ type: 'grappes:hauteur', height: '500px' }, { type: 'grappes:hauteur', height: 1e9 }, { type: 'autre', height: 500 }, 'grappes:hauteur']) {
      post({ origin: 'https://grappes.fr', source: frames[0].contentWindow, data });
    }
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined]);
  });

  it('asks the site’s frames, and them only, for their height when it starts, and listens once however often it is pasted', () => {
    const { frames, listeners, run } = hostPage([{ src: 'https://grappes.fr/integrer/membres' }, { src: 'https://ailleurs.fr/widget' }]);
    expect(frames[0].asked).toEqual([{ data: { type: HEIGHT_REQUEST }, origin: 'https://grappes.fr' }]);
    expect(frames[1].asked).toEqual([]);
    run();
    expect(listeners).toHaveLength(1);
  });

  it('weighs at most 2 kB gzipped, and its URL names its content', () => {
    expect(gzipSync(HOST_SCRIPT).length).toBeLessThanOrEqual(2048);
    expect(HOST_SCRIPT_URL).toBe(`/integrer.js?v=${HOST_SCRIPT_VERSION}`);
  });
});
