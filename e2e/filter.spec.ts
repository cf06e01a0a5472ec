// The sector filter: the URL holds the view, and every part of the overview follows it.
import { expect, test, type Page } from '@playwright/test';
import { dataset, waitForHydration } from './support';

const sectorLabel = (id: string) => dataset.sectors.find((s) => s.id === id)!.label;
const clustersOf = (ids: string[]) => dataset.clusters.filter((c) => c.sectorId !== null && ids.includes(c.sectorId));
const membersChart = (page: Page) => page.getByRole('figure', { name: 'Membres par grappe' });
const employmentChart = (page: Page) => page.getByRole('figure', { name: 'Emplois par secteur' });
const tableRows = (page: Page) => page.getByRole('table').locator('tbody tr');
const count = (page: Page) => page.getByText(/^\d+ grappes? sur \d+$/);

async function expectView(page: Page, ids: string[]) {
  const shown = ids.length > 0 ? clustersOf(ids) : dataset.clusters;
  const total = dataset.clusters.length;
  await expect(count(page)).toHaveText(`${shown.length} ${shown.length > 1 ? 'grappes' : 'grappe'} sur ${total}`);
  await expect(tableRows(page)).toHaveCount(shown.length);
  for (const cluster of shown) {
    await expect(page.getByRole('table').getByRole('link', { name: cluster.name, exact: true })).toBeVisible();
  }
  const withMembers = shown.filter((c) => c.members ?? c.otherFigures.some((f) => f.standsInFor === 'members'));
  // The drawing on screen: each chart is drawn twice, wide and narrow, and the CSS shows one.
  await expect(membersChart(page).locator('[data-bar]').filter({ visible: true })).toHaveCount(withMembers.length);
  await expect(employmentChart(page).locator('[data-bar]').filter({ visible: true })).toHaveCount(shown.filter((c) => c.employment).length);
  for (const id of ids) {
    await expect(page.getByRole('checkbox', { name: sectorLabel(id) })).toBeChecked();
  }
}

test.describe('with JavaScript', () => {
  test('choosing two sectors narrows the URL, the charts, the table and the counts', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page.getByRole('checkbox', { name: sectorLabel('plasturgie') }));
    await expectView(page, []);

    await page.getByRole('checkbox', { name: sectorLabel('plasturgie') }).check();
    await expect(page).toHaveURL(/\/\?secteur=plasturgie$/);
    await page.getByRole('checkbox', { name: sectorLabel('emballage') }).check();
    await expect(page).toHaveURL(/\/\?secteur=plasturgie,emballage$/);
    await expectView(page, ['plasturgie', 'emballage']);
    await expect(membersChart(page).getByRole('link', { name: /^Action Plasturgie Artois Flandres 60 / })).toBeVisible();
    await expect(membersChart(page)).toContainText('Secteurs : plasturgie, emballage, papier et carton');
    await expect(page.getByText('grappes retenues dans les secteurs choisis, sur 7 dans la région')).toBeVisible();
  });

  test('the view survives a reload, and back restores the previous one', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page.getByRole('checkbox', { name: sectorLabel('ferroviaire') }));
    await page.getByRole('checkbox', { name: sectorLabel('ferroviaire') }).check();
    await page.getByRole('checkbox', { name: sectorLabel('numerique') }).check();
    await expect(page).toHaveURL(/\?secteur=ferroviaire,numerique$/);

    await page.reload();
    await expectView(page, ['ferroviaire', 'numerique']);

    await page.goBack();
    await expect(page).toHaveURL(/\?secteur=ferroviaire$/);
    await expectView(page, ['ferroviaire']);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expectView(page, []);
    await page.goForward();
    await expectView(page, ['ferroviaire']);
  });

  test('"Tous les secteurs" resets the filter and writes no default into the URL', async ({ page }) => {
    await page.goto('/?secteur=imprimerie');
    await waitForHydration(page.getByRole('checkbox', { name: sectorLabel('imprimerie') }));
    await expectView(page, ['imprimerie']);
    await page.getByRole('link', { name: 'Tous les secteurs' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectView(page, []);
  });

  test('a redrawn chart keeps its tooltips, and undoing the filter brings every bar back', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page.getByRole('checkbox', { name: sectorLabel('emballage') }));
    await page.getByRole('checkbox', { name: sectorLabel('emballage') }).check();
    await expectView(page, ['emballage']);
    const nordPackage = dataset.clusters.find((c) => c.slug === 'nord-package')!;
    await membersChart(page).getByRole('link', { name: /^Nord Package\s11\s/ }).locator(':scope > rect').hover();
    await expect(membersChart(page).getByRole('tooltip')).toContainText(`« ${nordPackage.members!.quote} »`);
    await page.getByRole('link', { name: 'Tous les secteurs' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectView(page, []);
  });

  test('the link to the home page brings back every sector', async ({ page }) => {
    await page.goto('/?secteur=emballage');
    await waitForHydration(page.getByRole('checkbox', { name: sectorLabel('emballage') }));
    await expectView(page, ['emballage']);
    await page.getByRole('banner').getByRole('link', { name: "Grappes d'entreprises" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectView(page, []);
  });

  test('the filter is operable with the keyboard', async ({ page }) => {
    await page.goto('/');
    const checkbox = page.getByRole('checkbox', { name: sectorLabel('logistique') });
    await waitForHydration(checkbox);
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?secteur=logistique$/);
    await expectView(page, ['logistique']);
    await expect(employmentChart(page)).toContainText("Aucun chiffre à dessiner");
  });
});

test('a shared link opened in a new page shows the same view', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/?secteur=plasturgie,emballage');
  await expectView(page, ['plasturgie', 'emballage']);
  await context.close();
});

test('an unknown sector is dropped with a visible notice', async ({ page }) => {
  const response = await page.goto('/?secteur=plasturgie,aeronautique');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toHaveText('Secteur inconnu ignoré : « aeronautique ».');
  await expectView(page, ['plasturgie']);
});

test('a malformed filter gives the default view and a notice, never an error page', async ({ page }) => {
  for (const query of ['?secteur=' + 'x'.repeat(10_000), '?secteur=,,', '?secteur=%E9%00', '?secteur=plasturgie&secteur=plasturgie']) {
    const response = await page.goto('/' + query);
    expect(response?.status(), query.slice(0, 30)).toBe(200);
    await expect(page.getByRole('status')).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form sends the filter and the server renders the filtered view', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: sectorLabel('plasturgie') }).check();
    await page.getByRole('checkbox', { name: sectorLabel('emballage') }).check();
    await page.getByRole('button', { name: 'Appliquer le filtre' }).click();
    await expect(page).toHaveURL(/secteur=plasturgie&secteur=emballage/);
    await expectView(page, ['plasturgie', 'emballage']);
  });

  test('a filtered URL is rendered filtered in the HTML', async ({ request }) => {
    const html = await (await request.get('/?secteur=numerique')).text();
    expect(html).toContain('1 grappe sur 9');
    // One bar in each of the members chart's two drawings (wide and narrow); none in the employment chart.
    expect(html.match(/data-bar="/g)).toHaveLength(2);
  });
});

test.describe('the API', () => {
  test('serves the filtered view as JSON, cacheable', async ({ request }) => {
    const response = await request.get('/api/grappes?secteur=plasturgie,emballage');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('max-age');
    const etag = response.headers()['etag'];
    expect(etag).toBeTruthy();
    const body = await response.json();
    expect(body.countText).toBe('2 grappes sur 9');
    expect(body.rows.map((r: { name: string }) => r.name)).toEqual(['Action Plasturgie Artois Flandres', 'Nord Package']);
    const again = await request.get('/api/grappes?secteur=plasturgie,emballage', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });

  test('the overview\'s own endpoint sends the same view with both charts drawn', async ({ request }) => {
    const response = await request.get('/api/apercu?secteur=plasturgie,emballage');
    expect(response.status()).toBe(200);
    const body = await response.json();
    const view = await (await request.get('/api/grappes?secteur=plasturgie,emballage')).json();
    const { svg, ...rest } = body;
    expect(rest).toEqual(view);
    // One bar per figure the chart draws, each named as on the page.
    for (const [chart, spec] of [[svg.members, view.members], [svg.employment, view.employment]]) {
      // Each drawing opens with its first panel, under the heading of its scope.
      expect(chart).toMatch(/^<div class="chart-wide"><div role="group" aria-labelledby="[^"]+" class="chart-panel[^"]*" data-panel="[a-z-]+"><h3 [^>]*>[^<]+<\/h3><div class="recharts-wrapper"/);
      const keys = spec.bars.map((b: { key: string }) => b.key);
      // The wide drawing, then the narrow one.
      expect([...chart.matchAll(/data-bar="([^"]+)"/g)].map((m) => m[1])).toEqual([...keys, ...keys]);
    }
    const again = await request.get('/api/apercu?secteur=plasturgie,emballage', { headers: { 'If-None-Match': response.headers()['etag'] } });
    expect(again.status()).toBe(304);
    expect((await request.get('/api/apercu?secteur=inconnu')).status()).toBe(400);
    expect((await request.post('/api/apercu')).status()).toBe(405);
  });

  test('serves the same rows as CSV with a BOM', async ({ request }) => {
    const response = await request.get('/api/grappes?secteur=plasturgie,emballage&format=csv');
    expect(response.headers()['content-type']).toContain('text/csv');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(';')[0])).toEqual(['grappe', 'Action Plasturgie Artois Flandres', 'Nord Package']);
  });

  test('answers malformed input with a 400 and a JSON error, never a 500', async ({ request }) => {
    for (const query of ['secteur=aeronautique', 'secteur=,', 'secteur=plasturgie,plasturgie', 'secteur=' + 'y'.repeat(10_000), 'secteur=%E9%ZZ', 'format=xml']) {
      const response = await request.get(`/api/grappes?${query}`);
      expect(response.status(), query.slice(0, 30)).toBe(400);
      const body = await response.json();
      expect(body.error.message).toMatch(/invalide|inconnu/);
    }
  });
});
