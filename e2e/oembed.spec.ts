// oEmbed: every page names its answer in a discovery link, and the answer frames the page's chart.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/** An absolute address of the site (SITE_URL's origin, as the build wrote it) asked of the test server. */
const onTestServer = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
};

async function discoveryLink(page: Page, path: string) {
  await page.goto(path);
  const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveCount(1);
  return { href: (await link.getAttribute('href'))!, title: (await link.getAttribute('title'))! };
}

/** The PNG's width and height, from its IHDR chunk. */
async function pngSize(request: APIRequestContext, href: string) {
  const response = await request.get(onTestServer(href));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const body = await response.body();
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

const PAGES = [
  { path: '/', embed: '/integrer/membres', title: "Membres par grappe — Grappes d'entreprises" },
  { path: '/?secteur=emballage,plasturgie', embed: '/integrer/membres?secteur=plasturgie,emballage', title: "Membres par grappe · Secteurs : plasturgie, emballage, papier et carton — Grappes d'entreprises" },
  { path: '/grappes/nord-package', embed: '/integrer/membres?grappe=nord-package', title: "Membres par grappe · Nord Package — Grappes d'entreprises" },
  { path: '/integrer/emplois?secteur=numerique', embed: '/integrer/emplois?secteur=numerique', title: "Emplois par secteur · Secteurs : numérique — Grappes d'entreprises" },
];

for (const { path, embed, title } of PAGES) {
  test(`${path} names its oEmbed answer, which frames ${embed}`, async ({ page, request }) => {
    const link = await discoveryLink(page, path);
    expect(link.title).toBe(title);
    const asked = new URL(link.href);
    expect(asked.pathname).toBe('/oembed');
    expect(asked.searchParams.get('format')).toBe('json');
    const site = new URL(asked.searchParams.get('url')!).origin;
    expect(asked.origin).toBe(site);

    const response = await request.get(onTestServer(link.href));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
    const answer = await response.json();
    expect(answer.version).toBe('1.0');
    expect(answer.type).toBe('rich');
    expect(answer.title).toBe(title);
    expect(answer.provider_name).toBe("Grappes d'entreprises");
    expect(answer.provider_url).toBe(`${site}/`);
    expect(answer.html).toContain(`<iframe src="${site}${embed}" title="${title.replace(/'/g, "'")}"`);
    expect(answer.html).toMatch(/<script async src="[^"]+\/integrer\.js\?v=[0-9a-f]{8}"><\/script>$/);
    expect(answer.width).toBeGreaterThan(0);
    expect(answer.height).toBe(Number(/height="(\d+)"/.exec(answer.html)![1]));
    expect(new URL(answer.thumbnail_url).origin).toBe(site);
    expect(new URL(answer.thumbnail_url).pathname).toBe(`/export/${new URL(embed, site).pathname.split('/')[2]}.png`);
    const png = await pngSize(request, answer.thumbnail_url);
    expect(png).toEqual({ width: answer.thumbnail_width, height: answer.thumbnail_height });
  });
}

test('oEmbed refuses a URL that is not the site’s, a missing one, and XML', async ({ request }) => {
  const foreign = await request.get(`/oembed?url=${encodeURIComponent('https://ailleurs.example/integrer/membres')}&format=json`);
  expect(foreign.status()).toBe(404);
  expect((await foreign.json()).error.message).toMatch(/aucun graphique du site/);
  const unknownCluster = await request.get(`/oembed?url=${encodeURIComponent('http://127.0.0.1/grappes/inconnue')}`);
  expect([404]).toContain(unknownCluster.status());
  expect((await request.get('/oembed')).status()).toBe(400);
  expect((await request.get('/oembed?url=pas-une-adresse')).status()).toBe(400);
  const xml = await request.get(`/oembed?url=${encodeURIComponent('http://localhost:3000/')}&format=xml`);
  expect(xml.status()).toBe(501);
  expect(xml.headers()['cache-control']).toBe('no-store');
});

test('oEmbed accepts the address the request came to, as well as SITE_URL', async ({ request, baseURL }) => {
  const response = await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/integrer/emplois?theme=sombre`)}`);
  expect(response.status()).toBe(200);
  expect((await response.json()).html).toContain('/integrer/emplois?theme=sombre"');
});
