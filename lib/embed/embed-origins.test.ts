import { describe, expect, it } from 'vitest';
import { embedFrameAncestors } from './embed-origins.cjs';

describe('embedFrameAncestors (EMBED_ORIGINS)', () => {
  it('lets any origin frame the embeds when unset', () => {
    expect(embedFrameAncestors({})).toBe('*');
    expect(embedFrameAncestors({ EMBED_ORIGINS: '  ' })).toBe('*');
  });

  it('takes origins separated by spaces or commas, without a trailing slash, each once', () => {
    expect(embedFrameAncestors({ EMBED_ORIGINS: 'https://www.journal.fr, https://*.journal.fr  http://localhost:8080/,https://www.journal.fr' })).toBe(
      'https://www.journal.fr https://*.journal.fr http://localhost:8080',
    );
    expect(embedFrameAncestors({ EMBED_ORIGINS: "'self' https://cms.journal.fr" })).toBe("'self' https://cms.journal.fr");
  });

  it('names a value that is not an origin, rather than framing nobody or everybody', () => {
    expect(() => embedFrameAncestors({ EMBED_ORIGINS: 'journal.fr' })).toThrow(/EMBED_ORIGINS: « journal\.fr »/);
    expect(() => embedFrameAncestors({ EMBED_ORIGINS: 'https://journal.fr/articles' })).toThrow(/journal\.fr\/articles/);
    expect(() => embedFrameAncestors({ EMBED_ORIGINS: "https://a.fr; script-src *" })).toThrow(/EMBED_ORIGINS/);
  });
});
