import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, heightMessage, isHeightRequest, MAX_EMBED_HEIGHT, readHeightMessage } from './resize-message';

describe('the height message', () => {
  it('says the embed’s height in whole pixels, rounded up so that nothing is cut', () => {
    expect(heightMessage('/integrer/membres', 812.2)).toEqual({ type: 'grappes:hauteur', id: '/integrer/membres', height: 813 });
    expect(readHeightMessage(heightMessage('/integrer/membres', 812.2))).toBe(813);
  });

  it('is read only when well formed and of a plausible height', () => {
    for (const data of [null, 'grappes:hauteur', { type: 'autre', height: 300 }, { type: HEIGHT_MESSAGE, height: '300' }, { type: HEIGHT_MESSAGE, height: NaN }, { type: HEIGHT_MESSAGE, height: -5 }, { type: HEIGHT_MESSAGE, height: MAX_EMBED_HEIGHT + 1 }]) {
      expect(readHeightMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('tells the host’s request apart from anything else', () => {
    expect(isHeightRequest({ type: HEIGHT_REQUEST })).toBe(true);
    expect(isHeightRequest({ type: HEIGHT_MESSAGE })).toBe(false);
    expect(isHeightRequest('grappes:hauteur-demandee')).toBe(false);
  });
});
