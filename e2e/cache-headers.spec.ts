// What a shared cache (CDN, reverse proxy) may keep, as the answers say it: every page and every
// dated export by its full URL; never an error, a page that says what it dropped of its filter, or
// an answer to the client router (header RSC).
import { readdirSync } from 'node:fs';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { dataset } from './support';

/**
 * What the server says of a page Next.js keeps (ISR): the same for everyone, so any cache; a shared
 * cache keeps it a minute, then serves it while it asks again.
 */
const KEPT_PAGE = /^public, s-maxage=60, stale-while-revalidate=\d+$/;
const NEVER_KEPT = /no-store/;
const cluster = `/grappes/${dataset.clusters[2].slug}`;

for (const path of ['/', '/?secteur=plasturgie', '/?secteur=plasturgie,emballage&tri=membres&ordre=decroissant', cluster]) {
  test(`${path} may be kept by a shared cache, with an ETag`, async ({ request }) => {
    const answer = await request.get(path);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['cache-control']).toMatch(KEPT_PAGE);
    expect(answer.headers()['vary']).toMatch(/\brsc\b/i);
    expect(answer.headers()['etag']).toBeTruthy();
    // A page built more than a minute ago is served once more while it is rendered again, with a new
    // ETag: the rendering a cache holds then answers its own ETag with a 304.
    await expect
      .poll(async () => {
        const etag = (await request.get(path)).headers()['etag'];
        return (await request.get(path, { headers: { 'If-None-Match': etag } })).status();
      })
      .toBe(304);
  });
}

/** The bytes of an answer as they came, undecoded (Playwright's request decodes gzip itself). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

for (const path of ['/', cluster]) {
  test(`${path} goes out gzipped to a reader that takes it, the same page and ETag as unzipped`, async ({ baseURL }) => {
    const url = new URL(path, baseURL).href;
    const plain = await rawGet(url, {});
    const zipped = await rawGet(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(plain.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(plain.body.toString('utf8')).toContain('Membres par grappe');
    expect(zipped.headers['etag']).toBe(plain.headers['etag']);
    expect(String(zipped.headers['vary'])).toMatch(/accept-encoding/i);
    // A reader that takes only deflate gets the page as it is, not gzip under another name.
    const deflateOnly = await rawGet(url, { 'Accept-Encoding': 'deflate' });
    expect(['deflate', undefined]).toContain(deflateOnly.headers['content-encoding']);
    if (deflateOnly.headers['content-encoding'] === undefined) expect(deflateOnly.body.toString('utf8')).toBe(plain.body.toString('utf8'));
    const again = await rawGet(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': String(plain.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
}

test('every spelling of a view gets the one rendering of that view', async ({ request }) => {
  const etagOf = async (path: string) => (await request.get(path)).headers()['etag'];
  const canonical = await etagOf('/?secteur=plasturgie,emballage');
  // As the form sends it without JavaScript, in another order, with parameters the page ignores.
  for (const spelling of ['/?secteur=plasturgie&secteur=emballage', '/?secteur=emballage,plasturgie', '/?secteur=plasturgie%2Cemballage&page=1&utm_source=lettre']) {
    expect(await etagOf(spelling), spelling).toBe(canonical);
  }
  const html = await (await request.get('/?secteur=plasturgie&secteur=emballage')).text();
  expect(html).toContain('2 grappes sur 9');
});

test('made-up query values share the default view, and leave nothing of theirs on the server\'s disk', async ({ request }) => {
  const marker = `invente${Date.now()}`;
  const home = (await request.get('/')).headers()['etag'];
  for (let i = 0; i < 10; i++) {
    const answer = await request.get(`/?page=${marker}${i}&tri=${marker}&${marker}=${i}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['etag']).toBe(home);
  }
  const files = readdirSync('.next/server', { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => file.includes(marker))).toEqual([]);
});

test('a page that says what it dropped of its filter is rendered for its URL alone, never kept', async ({ request }) => {
  for (const path of ['/?secteur=plasturgie,aeronautique', '/?secteur=plasturgie&secteur=plasturgie', `/?secteur=${'x'.repeat(600)}`]) {
    const answer = await request.get(path);
    expect(answer.status(), path.slice(0, 30)).toBe(200);
    expect(answer.headers()['cache-control'], path.slice(0, 30)).toMatch(NEVER_KEPT);
    expect(await answer.text(), path.slice(0, 30)).toContain('role="status"');
  }
});

test('a client cannot choose the rendering that answers a URL', async ({ request }) => {
  const answer = await request.get('/?secteur=plasturgie,aeronautique', { headers: { 'x-grappes-vue': 'secteur=numerique' } });
  expect(answer.headers()['cache-control']).toMatch(NEVER_KEPT);
  expect(await answer.text()).toContain('1 grappe sur 9');
  const plain = await request.get('/?secteur=numerique', { headers: { 'x-grappes-vue': 'tout' } });
  expect(await plain.text()).toContain('1 grappe sur 9');
});

test('the kept renderings are no address of their own', async ({ request }) => {
  for (const path of ['/vues/tout', '/vues/secteur=plasturgie', `/vues/${'y'.repeat(300)}`]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(answer.headers()['cache-control'], path).toMatch(NEVER_KEPT);
    expect(await answer.text(), path).toContain('Page introuvable');
  }
});

test('errors are never kept', async ({ request }) => {
  for (const path of ['/grappes/nexiste-pas', '/nimporte-quoi', '/api/grappes?secteur=inconnu', '/export/membres.png?date=demain', '/export/inconnu.png']) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBeGreaterThanOrEqual(400);
    expect(answer.headers()['cache-control'], path).toMatch(NEVER_KEPT);
  }
});

test('the client router\'s answers are private and never kept', async ({ request }) => {
  for (const path of ['/', '/?secteur=plasturgie', cluster]) {
    // Next.js sends the router to the same URL with a `_rsc` query first.
    const asked = await request.get(path, { headers: { RSC: '1' }, maxRedirects: 0 });
    expect(asked.headers()['cache-control'], path).toBe('private, no-store');
    const url = asked.headers()['location'] ?? path;
    const answer = await request.get(url, { headers: { RSC: '1' }, maxRedirects: 0 });
    expect(answer.status(), url).toBe(200);
    expect(answer.headers()['content-type'], url).toContain('text/x-component');
    expect(answer.headers()['cache-control'], url).toBe('private, no-store');
  }
});

test('a dated export is kept a year by a shared cache; an undated one is asked again', async ({ request }) => {
  const dated = await request.get('/export/membres.csv?secteur=plasturgie&date=2026-12-01');
  expect(dated.headers()['cache-control']).toMatch(/^public, .*s-maxage=31536000/);
  expect(dated.headers()['etag']).toBeTruthy();
  const undated = await request.get('/export/membres.csv?secteur=plasturgie');
  expect(undated.headers()['cache-control']).toBe('public, no-cache');
});
