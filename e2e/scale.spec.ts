// A national list: 1 000 synthetic clusters (the `scale` build). The charts draw the top bars and
// count the others, the table pages through every cluster, the filter narrows everything, and
// cluster pages not built ahead load on their first visit. Expectations come from the JSON.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../lib/data/schema';
import { FIXTURE_BUILDS } from '../scripts/fixture-builds';
import { frNumber, NBSP, waitForHydration } from './support';

const fixture = FIXTURE_BUILDS.find((f) => f.name === 'scale')!;
const dataset: Dataset = JSON.parse(readFileSync(fixture.dataFile, 'utf8'));
const clusters = dataset.clusters;
const TOTAL = clusters.length;
const TOP = 15;
const PAGE_SIZE = 50;
const byName = [...clusters].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
const membersFigure = (c: Dataset['clusters'][number]) => c.members ?? c.otherFigures.find((f) => f.standsInFor === 'members') ?? null;
const withoutMembers = clusters.filter((c) => membersFigure(c) === null).length;
const sectorLabel = (id: string) => dataset.sectors.find((s) => s.id === id)!.label;

const membersChart = (page: Page) => page.getByRole('figure', { name: 'Membres par grappe' });
const employmentChart = (page: Page) => page.getByRole('figure', { name: 'Emplois par secteur' });
const bars = (figure: Locator) => figure.locator('svg a[data-bar]').filter({ visible: true });
const tableRegion = (page: Page) => page.getByRole('region', { name: /^(Toutes les grappes|Les grappes de ces secteurs)$/ });
const rowNames = (page: Page) => tableRegion(page).getByRole('table').locator('tbody th').allTextContents();
const pager = (page: Page) => page.getByRole('navigation', { name: 'Pages du tableau' });
/** "Page 2 sur 20 · grappes 51 à 100 sur 1 000", French numbers with their no-break spaces. */
const pageText = (pageNumber: number, pages: number, first: number, last: number, total: number) =>
  `Page ${pageNumber} sur ${pages} · grappes ${frNumber(first)} à ${frNumber(last)} sur ${frNumber(total)}`;

test('the banner says on every page that the data are synthetic', async ({ page }) => {
  for (const path of ['/', `/grappes/${clusters[TOTAL - 1].slug}`]) {
    await page.goto(path);
    await expect(page.getByRole('complementary').getByRole('heading', { name: 'Données synthétiques, pour essais : ne pas publier' })).toBeVisible();
  }
});

test.describe('the overview of 1 000 clusters', () => {
  test('draws the top 15 members and counts the 985 others by scope, without adding them up', async ({ page }) => {
    await page.goto('/');
    const figure = membersChart(page);
    await expect(bars(figure)).toHaveCount(TOP);
    const largest = Math.max(...clusters.flatMap((c) => (c.members ? [c.members.value] : [])));
    await expect(bars(figure).first()).toHaveAccessibleName(new RegExp(`^Grappe synthétique \\d{4}\\s(≈\\s)?${largest}\\s.*membres de la grappe`));
    const others = figure.getByRole('heading', { name: `Autres : ${TOTAL - TOP} grappes` });
    await expect(others).toBeVisible();
    const summary = figure.locator('[data-others]');
    await expect(summary).toContainText(/Non dessinées : \d+ grappes avec un chiffre « membres de la grappe » \(de \d+ à \d+, dont \d+ approximatifs\) ; \d+ grappes avec un chiffre « pôle régional, pas la grappe »/);
    await expect(summary).toContainText("Ces chiffres ne couvrent pas le même périmètre : ils ne s'additionnent pas.");
    await expect(summary).toContainText(`${withoutMembers} grappes sans chiffre de membres dans l'article.`);
    await expect(figure).toContainText(`Seules les ${TOP} premières barres sont dessinées`);
    // The clusters without a figure are counted, not listed one by one.
    await expect(figure.getByRole('list', { name: /^Non communiqué/ })).toHaveCount(0);
  });

  test('the employment chart draws 15 bars too, with its others', async ({ page }) => {
    await page.goto('/');
    await expect(bars(employmentChart(page))).toHaveCount(TOP);
    await expect(employmentChart(page).getByRole('heading', { name: `Autres : ${TOTAL - TOP} grappes` })).toBeVisible();
  });

  test('"Voir toutes les grappes" leads to the table', async ({ page }) => {
    await page.goto('/');
    await membersChart(page).getByRole('link', { name: 'Voir toutes les grappes' }).click();
    await expect(page).toHaveURL(/#toutes-les-grappes$/);
    await expect(tableRegion(page).getByRole('heading', { name: 'Toutes les grappes' })).toBeInViewport();
  });

  test('the headline names three first-wave clusters and counts the others', async ({ page }) => {
    await page.goto('/');
    const firstWave = clusters.filter((c) => c.wave === 1);
    const headline = page.locator('[data-headline="premiere-vague"]');
    await expect(headline.getByRole('term')).toHaveText(
      `grappes de la région lors de la première vague, en 2010 : ${firstWave.slice(0, 3).map((c) => c.name).join(', ')} et ${firstWave.length - 3} autres`,
    );
  });

  test('its HTML stays under 100 kB once compressed', async ({ request }) => {
    const html = await (await request.get('/')).body();
    expect(gzipSync(html).length).toBeLessThanOrEqual(100 * 1024);
  });
});

test.describe('the table pages through every cluster', () => {
  test('page 2 shows clusters 51 to 100, and the keyboard reaches every page', async ({ page }) => {
    await page.goto('/');
    await expect(tableRegion(page).getByRole('table').locator('tbody tr')).toHaveCount(PAGE_SIZE);
    await expect(pager(page)).toContainText(pageText(1, 20, 1, 50, TOTAL));
    await expect(pager(page).getByRole('link', { name: /Page précédente/ })).toHaveCount(0);
    expect(await rowNames(page)).toEqual(byName.slice(0, 50).map((c) => c.name));

    const next = pager(page).getByRole('link', { name: 'Page suivante →' });
    await waitForHydration(next);
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/\?page=2$/);
    await expect(pager(page)).toContainText(pageText(2, 20, 51, 100, TOTAL));
    await expect.poll(() => rowNames(page)).toEqual(byName.slice(50, 100).map((c) => c.name));
    // The reader is taken to the top of the table, and the keyboard stays on "Page suivante".
    await expect(tableRegion(page).getByRole('heading', { name: 'Toutes les grappes' })).toBeInViewport();
    await expect(next).toBeFocused();

    await pager(page).getByRole('link', { name: '← Page précédente' }).click();
    await expect(pager(page)).toContainText(pageText(1, 20, 1, 50, TOTAL));
    await page.goBack();
    await expect(pager(page)).toContainText(pageText(2, 20, 51, 100, TOTAL));
  });

  test('sorting orders every cluster, not only the page shown', async ({ page }) => {
    await page.goto('/?page=3');
    const header = tableRegion(page).getByRole('button', { name: 'Membres' });
    await waitForHydration(header);
    await header.click();
    await header.click();
    await expect(page).toHaveURL(/\?tri=membres&ordre=decroissant$/);
    await expect(tableRegion(page).getByRole('columnheader', { name: 'Membres' })).toHaveAttribute('aria-sort', 'descending');
    // The first row is the largest member count of all 1 000, and the sort starts again at page 1.
    const largest = [...clusters].filter((c) => c.members).sort((a, b) => b.members!.value - a.members!.value || a.name.localeCompare(b.name, 'fr'))[0];
    await expect(tableRegion(page).locator('tbody tr').first().getByRole('rowheader')).toHaveText(largest.name);
    await expect(pager(page)).toContainText(pageText(1, 20, 1, 50, TOTAL));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the pages are links the server renders, down to the last one', async ({ page }) => {
      await page.goto('/');
      await pager(page).getByRole('link', { name: 'Page suivante →' }).click();
      await expect(page).toHaveURL(/\/\?page=2#toutes-les-grappes$/);
      expect(await rowNames(page)).toEqual(byName.slice(50, 100).map((c) => c.name));

      await page.goto('/?page=20');
      await expect(pager(page)).toContainText(pageText(20, 20, 951, 1000, TOTAL));
      await expect(pager(page).getByRole('link', { name: /Page suivante/ })).toHaveCount(0);
      expect(await rowNames(page)).toEqual(byName.slice(950).map((c) => c.name));
    });
  });
});

test('a filter click narrows the counts, both charts and the table', async ({ page }) => {
  const sector = dataset.sectors[0];
  const shown = clusters.filter((c) => c.sectorId === sector.id);
  await page.goto('/');
  const checkbox = page.getByRole('checkbox', { name: sector.label });
  await waitForHydration(checkbox);
  await checkbox.check();
  await expect(page).toHaveURL(new RegExp(`\\?secteur=${sector.id}$`));
  await expect(page.getByText(/^\d[\d\s]* grappes? sur [\d\s]+$/)).toHaveText(`${shown.length} grappes sur ${frNumber(TOTAL)}`);
  const pages = Math.ceil(shown.length / PAGE_SIZE);
  await expect(pager(page)).toContainText(pageText(1, pages, 1, Math.min(PAGE_SIZE, shown.length), shown.length));
  const names = new Set(shown.map((c) => c.name));
  for (const name of await rowNames(page)) expect(names.has(name), name).toBe(true);
  // Every bar left belongs to the sector: the members bars link to its clusters, the employment bars carry its name.
  const slugs = new Set(shown.map((c) => c.slug));
  const memberBars = await bars(membersChart(page)).evaluateAll((links) => links.map((a) => a.getAttribute('data-bar')!));
  expect(memberBars.length).toBe(Math.min(TOP, shown.filter((c) => membersFigure(c)).length));
  for (const slug of memberBars) expect(slugs.has(slug), slug).toBe(true);
  for (const bar of await bars(employmentChart(page)).all()) await expect(bar).toHaveAccessibleName(new RegExp(`^${sectorLabel(sector.id).replace(/[()]/g, '\\$&')} · `));
  await expect(membersChart(page)).toContainText(`Secteurs : ${sector.label.toLowerCase()}`);
});

test.describe('cluster pages', () => {
  // A cluster far down the list, with a middling member count: not among the pages built ahead
  // (the first clusters, and those of the overview's top bars), nor among a chart's top bars.
  const late = [...clusters].reverse().find((c) => c.members && !c.members.approximate && c.members.value < 100 && (c.employment?.value ?? 0) < 10_000)!;

  test('a page not built ahead loads on its first visit, its bar added to the charts with its rank', async ({ page }) => {
    const response = await page.goto(`/grappes/${late.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(late.name);
    const chart = page.getByRole('region', { name: 'Parmi les autres grappes' }).getByRole('figure', { name: 'Membres par grappe' });
    await expect(bars(chart)).toHaveCount(TOP + 1);
    const own = bars(chart).last();
    await expect(own).toHaveAttribute('data-bar', late.slug);
    await expect(own).toHaveAccessibleName(new RegExp(`^${late.name}\\s${frNumber(late.members!.value)}\\s.*·\\s\\d+e sur \\d+ de ce périmètre$`));
    await expect(chart.getByRole('heading', { name: `Autres : ${TOTAL - TOP - 1} grappes` })).toBeVisible();
    // Built once, then kept: the next visit is served from the cache.
    const again = await page.request.get(`/grappes/${late.slug}`);
    expect(again.status()).toBe(200);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  });

  test('an unknown cluster is a 404 with the French page', async ({ page }) => {
    const response = await page.goto('/grappes/grappe-synthetique-9999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });
});

test('the pager, the others and a picked-out bar have no accessibility violation', async ({ page }) => {
  for (const path of ['/?page=2', `/grappes/${clusters[TOTAL - 1].slug}`]) {
    await page.goto(path);
    await waitForHydration(page.getByRole('heading', { level: 1 }));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});

test.describe('the API and the exports', () => {
  test('the JSON carries one page of rows; the CSV every cluster', async ({ request }) => {
    const first = await (await request.get('/api/grappes')).json();
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.table).toMatchObject({ page: 1, pageCount: 20, total: TOTAL });
    const second = await (await request.get('/api/grappes?page=2')).json();
    expect(second.rows.map((r: { name: string }) => r.name)).toEqual(byName.slice(50, 100).map((c) => c.name));
    expect((await request.get('/api/grappes?page=0')).status()).toBe(400);

    const csv = (await (await request.get('/api/grappes?format=csv&page=2')).body()).toString('utf8');
    expect(csv.slice(1).trimEnd().split('\r\n')).toHaveLength(1 + TOTAL);
  });

  test('a chart export draws the same top bars and says what it groups', async ({ request }) => {
    const csv = (await (await request.get('/export/membres.csv')).body()).toString('utf8');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + TOP + 2);
    expect(lines[TOP + 1]).toContain(`Autres : ${TOTAL - TOP} grappes`);
    const svg = await request.get('/export/membres.svg');
    expect(svg.status()).toBe(200);
    const text = (await svg.body()).toString('utf8');
    expect(text.match(/data-bar="/g)).toHaveLength(TOP);
    expect(text.replace(new RegExp(NBSP, 'g'), ' ')).toContain(`Autres : ${TOTAL - TOP} grappes`);
    const png = await request.get('/export/membres.png');
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  });
});
