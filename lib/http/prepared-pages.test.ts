import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, isSharedPage, matchesEtag, pageReply, PreparedBodies, prepareBody, sharedCacheControl, varyWith } from './prepared-pages';

const page = `<!DOCTYPE html><html lang="fr"><body>${'<p>Membres par grappe : 11 500 salariés</p>'.repeat(200)}</body></html>`;

describe('prepareBody', () => {
  it('gives the page as UTF-8 and as gzip that decodes to the same bytes, and a tag of those bytes', () => {
    const prepared = prepareBody(page);
    expect(prepared.identity.toString('utf8')).toBe(page);
    expect(gunzipSync(prepared.gzip).toString('utf8')).toBe(page);
    expect(prepared.gzip.length).toBeLessThan(prepared.identity.length / 10);
    expect(prepared.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(prepareBody(page).etag).toBe(prepared.etag);
    expect(prepareBody(page.replace('11 500', '11 501')).etag).not.toBe(prepared.etag);
  });
});

describe('PreparedBodies', () => {
  it('prepares a body once and gives the same preparation for the same text', () => {
    const bodies = new PreparedBodies(10 * 1024 * 1024);
    const first = bodies.prepare(page);
    expect(bodies.prepare(`${page}`)).toBe(first);
    expect(bodies.prepare(page.replace('Membres', 'Emplois'))).not.toBe(first);
  });

  it('forgets the least recent bodies past its bound', () => {
    const bodies = new PreparedBodies(page.length * 4);
    const first = bodies.prepare(page);
    bodies.prepare(page.replace('Membres', 'Emplois'));
    expect(bodies.prepare(page)).not.toBe(first);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['deflate', false],
    ['identity', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => expect(acceptsGzip(header)).toBe(expected));
});

describe('matchesEtag', () => {
  it('matches the tag among others, weakly, and *', () => {
    expect(matchesEtag('"a", "b"', '"b"')).toBe(true);
    expect(matchesEtag('W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag('"c"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });
});

describe('isSharedPage', () => {
  it('takes a 200 HTML page a shared cache may keep, and nothing private, failed or not HTML', () => {
    expect(isSharedPage(200, 'text/html; charset=utf-8', 's-maxage=60, stale-while-revalidate=31535940')).toBe(true);
    expect(isSharedPage(200, 'text/html; charset=utf-8', 'private, no-cache, no-store, max-age=0, must-revalidate')).toBe(false);
    expect(isSharedPage(404, 'text/html; charset=utf-8', 's-maxage=60')).toBe(false);
    expect(isSharedPage(200, 'text/x-component', 's-maxage=60')).toBe(false);
    expect(isSharedPage(200, 'text/html', undefined)).toBe(false);
  });
});

describe('headers', () => {
  it('says public once, and adds Accept-Encoding to Vary once', () => {
    expect(sharedCacheControl('s-maxage=60, stale-while-revalidate=5')).toBe('public, s-maxage=60, stale-while-revalidate=5');
    expect(sharedCacheControl('public, s-maxage=60')).toBe('public, s-maxage=60');
    expect(varyWith('rsc, next-router-state-tree', 'Accept-Encoding')).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(varyWith('rsc, accept-encoding', 'Accept-Encoding')).toBe('rsc, accept-encoding');
    expect(varyWith(undefined, 'Accept-Encoding')).toBe('Accept-Encoding');
  });
});

describe('pageReply', () => {
  const prepared = prepareBody(page);

  it('sends gzip to a reader that takes it, the plain bytes otherwise, each with its length and the tag', () => {
    const zipped = pageReply(prepared, { acceptEncoding: 'gzip, br' });
    expect(zipped).toMatchObject({ status: 200, headers: { 'Content-Encoding': 'gzip', ETag: prepared.etag, 'Content-Length': String(prepared.gzip.length) } });
    expect(gunzipSync(zipped.body!).toString('utf8')).toBe(page);
    const plain = pageReply(prepared, {});
    expect(plain.headers['Content-Encoding']).toBeUndefined();
    expect(plain.body!.toString('utf8')).toBe(page);
    expect(plain.headers['Content-Length']).toBe(String(Buffer.byteLength(page)));
  });

  it('answers 304 without a body to a reader that has the page', () => {
    expect(pageReply(prepared, { ifNoneMatch: prepared.etag, acceptEncoding: 'gzip' })).toEqual({ status: 304, headers: { ETag: prepared.etag }, body: null });
  });
});
