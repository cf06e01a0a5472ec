import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from './site-url';

describe('siteUrl', () => {
  it('defaults to the address npm start serves', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(DEFAULT_SITE_URL);
  });

  it('keeps a base path and drops the trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://data.journal.fr/grappes/' })).toBe('https://data.journal.fr/grappes');
    expect(absoluteUrl('/grappes/nord-package', { SITE_URL: 'https://data.journal.fr/' })).toBe('https://data.journal.fr/grappes/nord-package');
  });

  it('names a setting that is not an absolute http(s) address', () => {
    expect(() => siteUrl({ SITE_URL: 'journal.fr' })).toThrow(/SITE_URL: « journal\.fr »/);
    expect(() => siteUrl({ SITE_URL: 'ftp://journal.fr' })).toThrow(/http:\/\/ ou https:\/\//);
  });
});
