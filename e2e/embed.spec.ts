// The charts inside a newspaper's article: the snippet the menu gives, pasted on a page of another
// origin, sized to its content by /integrer.js, with its tooltips; framing only where it is meant.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { HOST_PAGE_PORT } from '../scripts/fixture-builds';
import { startHostPage, type HostPage } from './host-page';
import { dataset, frFigure, literally, membersBarFigure, waitForHydration } from './support';

// One host page server for the file.
test.describe.configure({ mode: 'serial' });

let host: HostPage;
test.beforeAll(async () => {
  host = await startHostPage(HOST_PAGE_PORT);
});
test.afterAll(async () => {
  await host.close();
});

const FILTER = ['plasturgie', 'emballage'];
const CHART_TITLES = ['Membres par grappe', 'Emplois par secteur'];

/** The menu of a chart's figure on a page, opened. */
async function openEmbedMenu(page: Page, title: string) {
  const figure = page.getByRole('figure', { name: title });
  const summary = figure.locator('summary').filter({ hasText: /^Intégrer/ });
  await waitForHydration(summary);
  await summary.click();
  return figure.getByRole('group', { name: `Intégrer « ${title} »` });
}

/** The snippet of each chart of the filtered overview, as its menu gives it. */
async function snippetsFromMenus(page: Page): Promise<string[]> {
  await page.goto(`/?secteur=${FILTER.join(',')}`);
  const snippets: string[] = [];
  for (const title of CHART_TITLES) {
    const menu = await openEmbedMenu(page, title);
    snippets.push(await menu.getByRole('textbox', { name: "Code à coller dans l'article" }).inputValue());
  }
  return snippets;
}

/** The frame's height on the host page, and its content's and scroll box's inside it. */
async function heights(page: Page, index: number) {
  const element = page.locator('iframe').nth(index);
  const outer = await element.evaluate((frame) => frame.getBoundingClientRect().height);
  const frame = await (await element.elementHandle())!.contentFrame();
  const inner = await frame!.evaluate(() => {
    const scroller = document.scrollingElement!;
    return { content: document.querySelector('[data-embed]')!.getBoundingClientRect().height, scrollHeight: scroller.scrollHeight, clientHeight: scroller.clientHeight };
  });
  return { outer, ...inner };
}

test('the article’s two embeds are as tall as their content, at a phone’s width and at a column’s, with nothing to scroll inside', async ({ page }) => {
  const [members, employment] = await snippetsFromMenus(page);
  host.publish('/article', `<h1>Sept nouvelles grappes</h1><p>Le début de l’article.</p>${members}<p>La suite de l’article.</p>${employment}<p>La fin.</p>`);
  for (const width of [375, 900]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(host.url('/article'));
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2);
    for (const index of [0, 1]) {
      await frames.nth(index).scrollIntoViewIfNeeded();
      const title = CHART_TITLES[index];
      const inside = page.frameLocator('iframe').nth(index);
      await expect(inside.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expect
        .poll(async () => {
          const h = await heights(page, index);
          return Math.abs(h.outer - h.content) <= 4 && h.scrollHeight <= h.clientHeight;
        }, { message: `${title} at ${width} px: the frame's height should be its content's` })
        .toBe(true);
      // The frame is laid out at the host's width: the phone drawing below 640 px, the wide one above.
      const drawing = inside.locator(width < 640 ? '.chart-narrow' : '.chart-wide').first();
      await expect(drawing).toBeVisible();
    }
  }
});

test('a bar’s tooltip shows its figure inside the frame', async ({ page }) => {
  const [members] = await snippetsFromMenus(page);
  host.publish('/tooltip', members);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(host.url('/tooltip'));
  const inside: FrameLocator = page.frameLocator('iframe');
  const cluster = dataset.clusters.find((c) => c.slug === 'nord-package')!;
  const bar = inside.locator('.chart-wide').getByRole('link', { name: new RegExp(cluster.name) }).first();
  await waitForHydration(bar);
  await bar.locator(':scope > rect').hover();
  await expect(inside.getByRole('tooltip')).toContainText(literally(frFigure(membersBarFigure(cluster)!)));
  await expect(inside.getByRole('tooltip')).toContainText(cluster.name);
});

test('the same article cannot frame the overview', async ({ page, baseURL }) => {
  host.publish('/accueil', `<iframe src="${baseURL}/" title="Accueil" style="width:100%;height:600px"></iframe><iframe src="${baseURL}/integrer/membres" title="Intégré" style="width:100%;height:600px"></iframe>`);
  await page.goto(host.url('/accueil'));
  // The embed beside it shows (the test can tell a frame that shows from one that does not).
  await expect(page.frameLocator('iframe').nth(1).getByRole('heading', { name: 'Membres par grappe' })).toBeVisible();
  await expect(page.frameLocator('iframe').first().getByRole('heading', { name: /Les grappes d'entreprises du Nord-Pas-de-Calais/ })).toHaveCount(0);
  const refused = page.mainFrame().childFrames()[0];
  expect(refused.url()).not.toBe(`${baseURL}/`);
});

test('without its script, the frame keeps its default height and loads lazily', async ({ page }) => {
  const [members] = await snippetsFromMenus(page);
  const frameOnly = members.split('\n')[0];
  expect(frameOnly).toMatch(/^<iframe [^>]*><\/iframe>$/);
  host.publish('/sans-script', frameOnly);
  await page.goto(host.url('/sans-script'));
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(frame).toHaveAttribute('title', /^Membres par grappe/);
  const declared = Number(await frame.getAttribute('height'));
  expect(declared).toBeGreaterThan(300);
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Membres par grappe' })).toBeVisible();
  expect(await frame.evaluate((element) => element.getBoundingClientRect().height)).toBe(declared);
});

test.describe('the menu', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('“Intégrer” copies the snippet of the current view’s embed, and says so', async ({ page, baseURL }) => {
    await page.goto('/?secteur=emballage,plasturgie&tri=membres');
    const menu = await openEmbedMenu(page, 'Emplois par secteur');
    await menu.getByRole('button', { name: /^Copier le code/ }).click();
    await expect(menu.getByRole('status')).toHaveText('Copié');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await menu.getByRole('textbox', { name: "Code à coller dans l'article" }).inputValue());
    expect(copied).toContain(`<iframe src="${baseURL}/integrer/emplois?secteur=plasturgie,emballage"`);
    expect(copied).toMatch(new RegExp(`<script async src="${baseURL}/integrer\\.js\\?v=[0-9a-f]{8}"></script>$`));
    await expect(menu.getByRole('link', { name: 'Le graphique seul, à cette adresse' })).toHaveAttribute('href', `${baseURL}/integrer/emplois?secteur=plasturgie,emballage`);

    await menu.getByRole('button', { name: /^Copier le lien/ }).click();
    await expect(menu.getByRole('status')).toHaveText('Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?secteur=emballage,plasturgie&tri=membres`);
  });

  test('a cluster page’s menu gives the embed that picks the cluster out', async ({ page, baseURL }) => {
    await page.goto('/grappes/nord-package');
    const menu = await openEmbedMenu(page, 'Membres par grappe');
    await expect(menu.getByRole('textbox', { name: "Code à coller dans l'article" })).toHaveValue(new RegExp(`src="${baseURL}/integrer/membres\\?grappe=nord-package"`));
  });

  test('the open menu has no accessibility violation', async ({ page }) => {
    await page.goto('/');
    await openEmbedMenu(page, 'Membres par grappe');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  });
});

test.describe('the embed page', () => {
  test('shows the captioned chart alone, with its source, date and a link to all the data in a new tab', async ({ page }) => {
    const response = await page.goto('/integrer/membres?secteur=plasturgie,emballage&utm_source=journal');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: 'Membres par grappe' })).toBeVisible();
    await expect(page.getByText(/Secteurs : plasturgie, emballage/).first()).toBeVisible();
    await expect(page.getByText(/^Source : «/)).toBeVisible();
    await expect(page.getByText("Grappes d'entreprises · chiffres de l'annonce du 21 janvier 2011")).toBeVisible();
    // No site frame, no menus.
    await expect(page.getByRole('link', { name: "Grappes d'entreprises" })).toHaveCount(0);
    await expect(page.getByText('Exporter')).toHaveCount(0);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: /Voir toutes les données/ }).click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).search).toBe('?secteur=plasturgie,emballage');
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(/Les grappes d'entreprises du Nord-Pas-de-Calais/);
  });

  test('a cluster’s embed leads to its page', async ({ page }) => {
    await page.goto('/integrer/emplois?grappe=nord-package');
    await expect(page.getByRole('link', { name: /Voir toutes les données/ })).toHaveAttribute('href', '/grappes/nord-package');
  });

  test('carries the theme asked for on its outermost element, and none otherwise', async ({ page }) => {
    await page.goto('/integrer/membres?theme=sombre');
    await expect(page.locator('body > [data-embed]')).toHaveAttribute('data-theme', 'sombre');
    await page.goto('/integrer/membres?theme=clair');
    await expect(page.locator('body > [data-embed]')).toHaveAttribute('data-theme', 'clair');
    await page.goto('/integrer/membres');
    await expect(page.locator('body > [data-embed]')).not.toHaveAttribute('data-theme');
  });

  test('an unknown chart or a bad parameter gets the French 404 page, never an error', async ({ page }) => {
    for (const path of ['/integrer/carte', '/integrer/membres?secteur=aeronautique', '/integrer/membres?grappe=inconnue', '/integrer/membres?theme=bleu', '/integrer/membres/tout']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' }), path).toBeVisible();
    }
  });

  test('has no accessibility violation', async ({ page }) => {
    await page.goto('/integrer/emplois?secteur=plasturgie');
    await waitForHydration(page.locator('[data-embed]'));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  });
});

test.describe('headers', () => {
  test('embeds may be framed by the origins of EMBED_ORIGINS and are kept by URL; every other page refuses to be framed', async ({ request }) => {
    const embed = await request.get('/integrer/membres?secteur=plasturgie');
    expect(embed.status()).toBe(200);
    // The test server runs without EMBED_ORIGINS: any origin.
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(embed.headers()['set-cookie']).toBeUndefined();
    const etag = embed.headers()['etag'];
    expect(etag).toBeTruthy();
    expect((await request.get('/integrer/membres?secteur=plasturgie', { headers: { 'If-None-Match': etag } })).status()).toBe(304);

    for (const path of ['/', '/?secteur=plasturgie', '/grappes/nord-package']) {
      const page = await request.get(path);
      expect(page.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(page.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('the sizing script is kept a year under the versioned URL the snippet names', async ({ request }) => {
    // The closed menu's snippet is in the page's HTML already.
    const html = await (await request.get('/')).text();
    const version = /integrer\.js\?v=([0-9a-f]{8})/.exec(html)?.[1];
    expect(version, 'the page names the versioned script').toBeTruthy();
    const versioned = await request.get(`/integrer.js?v=${version}`);
    expect(versioned.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    expect(versioned.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(await versioned.text()).toContain("'grappes:hauteur'");
    // An old snippet's version still gets the script, but one that may change.
    const old = await request.get('/integrer.js?v=00000000');
    expect(old.status()).toBe(200);
    expect(old.headers()['cache-control']).not.toContain('immutable');
  });
});
