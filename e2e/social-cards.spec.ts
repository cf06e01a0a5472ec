// Social cards: what a shared link shows on a social network — the page's Open Graph and Twitter tags,
// and the 1 200 × 630 picture of the view's charts they point to.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { decodePng } from '../lib/export/testing/decode-png';
import { dataset } from './support';

type Card = { tags: Record<string, string>; png: Buffer };

const TAGS = ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:type', 'og:locale', 'og:site_name'];

/** The page's card tags, and its picture fetched from the test server by the path og:image gives. */
async function cardOf(page: Page, request: APIRequestContext, path: string): Promise<Card> {
  await page.goto(path);
  const tags: Record<string, string> = {};
  for (const property of TAGS) tags[property] = (await page.locator(`meta[property="${property}"]`).getAttribute('content'))!;
  tags['twitter:card'] = (await page.locator('meta[name="twitter:card"]').getAttribute('content'))!;
  const image = new URL(tags['og:image']);
  const answer = await request.get(`${image.pathname}${image.search}`);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('image/png');
  return { tags, png: await answer.body() };
}

/** How many pixels of the picture are within a few steps of `hex`. */
function pixelsOf(png: Buffer, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const { rgba } = decodePng(png);
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) < 24) count++;
  }
  return count;
}

/** A bar's colour as the page draws it: the outline of its bar in the members chart. */
async function barColour(page: Page, slug: string): Promise<string> {
  return (await page.locator(`figure[data-chart="membres"] [data-bar="${slug}"] rect`).first().getAttribute('stroke'))!;
}

function expectCardTags(tags: Record<string, string>, pathAndQuery: string) {
  const url = new URL(tags['og:url']);
  expect(url.protocol).toMatch(/^https?:$/);
  expect(`${url.pathname}${url.search}`).toBe(pathAndQuery);
  expect(new URL(tags['og:image']).origin).toBe(url.origin);
  expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
  expect(tags['og:type']).toBe('website');
  expect(tags['og:locale']).toBe('fr_FR');
  expect(tags['og:site_name']).toBe("Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)");
  expect(tags['twitter:card']).toBe('summary_large_image');
  for (const property of ['og:title', 'og:description', 'og:image:alt']) expect(tags[property].length).toBeGreaterThan(20);
}

const PLASTURGIE = dataset.clusters.find((c) => c.sectorId === 'plasturgie')!;
const FERROVIAIRE = dataset.clusters.find((c) => c.sectorId === 'ferroviaire')!;

test('the overview’s card shows every sector’s bars, at 1 200 × 630', async ({ page, request }) => {
  const card = await cardOf(page, request, '/');
  expectCardTags(card.tags, '/');
  expect(new URL(card.tags['og:image']).pathname).toBe('/export/carte.png');
  // The dataset's version, which the server does not read, so that a corrected dataset gives a new address.
  expect(new URL(card.tags['og:image']).searchParams.get('v')).toMatch(/^[0-9a-z]{1,7}$/);
  expect(card.tags['og:image:alt']).toContain('Tous les secteurs');
  const { width, height } = decodePng(card.png);
  expect([width, height]).toEqual([1200, 630]);
  expect(pixelsOf(card.png, await barColour(page, PLASTURGIE.slug))).toBeGreaterThan(2000);
  expect(pixelsOf(card.png, await barColour(page, FERROVIAIRE.slug))).toBeGreaterThan(2000);
});

test('a filtered view’s card is its own: its sector’s bars only, its filter in words, its canonical address', async ({ page, request }) => {
  const overall = await cardOf(page, request, '/');
  const ferroviaire = await barColour(page, FERROVIAIRE.slug);
  // Another spelling of the same view: one canonical address, one card.
  const card = await cardOf(page, request, '/?secteur=plasturgie&utm_source=lettre');
  expectCardTags(card.tags, '/?secteur=plasturgie');
  expect(card.tags['og:image']).toMatch(/\/export\/carte\.png\?secteur=plasturgie&v=[0-9a-z]+$/);
  expect(card.tags['og:title']).toMatch(/^Secteur : plasturgie/);
  expect(card.tags['og:image:alt']).toContain(PLASTURGIE.name);
  expect(card.tags['og:image:alt']).not.toContain(FERROVIAIRE.name);

  expect(card.png.equals(overall.png)).toBe(false);
  const { width, height } = decodePng(card.png);
  expect([width, height]).toEqual([1200, 630]);
  expect(pixelsOf(card.png, await barColour(page, PLASTURGIE.slug))).toBeGreaterThan(2000);
  expect(pixelsOf(card.png, ferroviaire)).toBe(0);

  // The same card as SVG holds the view's words.
  const svg = await (await request.get('/export/carte.svg?secteur=plasturgie')).text();
  expect(svg).toContain('Plasturgie : membres et emplois des grappes');
  expect(svg).toContain('Secteur : plasturgie · 1 grappe sur');
});

test('a cluster page’s card names the cluster and picks out its bar', async ({ page, request }) => {
  const cluster = dataset.clusters.find((c) => c.slug === 'nord-package')!;
  const card = await cardOf(page, request, `/grappes/${cluster.slug}`);
  expectCardTags(card.tags, `/grappes/${cluster.slug}`);
  expect(card.tags['og:image']).toMatch(/\/export\/carte\.png\?grappe=nord-package&v=[0-9a-z]+$/);
  expect(card.tags['og:title']).toContain(cluster.name);
  expect(card.tags['og:image:alt']).toContain(`${cluster.name}, ${cluster.members!.value} ${cluster.members!.counts}`);
  expect(decodePng(card.png).width).toBe(1200);
  const svg = await (await request.get(`/export/carte.svg?grappe=${cluster.slug}`)).text();
  expect(svg).toContain(`>${cluster.name}</text>`);
});

test('a card is kept by shared caches, revalidated with its ETag, and a bad view is refused before drawing', async ({ request }) => {
  const first = await request.get('/export/carte.png?secteur=ferroviaire');
  expect(first.headers()['cache-control']).toBe('public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800');
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  expect((await request.get('/export/carte.png?secteur=ferroviaire', { headers: { 'If-None-Match': etag } })).status()).toBe(304);

  const unknown = await request.get('/export/carte.png?grappe=inconnue');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['cache-control']).toBe('no-store');
  expect((await unknown.json()).error.message).toBe('grappe inconnue « inconnue »');
  expect((await request.get('/export/carte.png?grappe=nord-package&secteur=plasturgie')).status()).toBe(400);
});
