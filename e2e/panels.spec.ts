// Charts that compare like with like: one panel per scope, read by its heading, each on its own
// graduated scale, on the page (with and without JavaScript), on a cluster page and in the files.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { dataset, employmentBarFigure, membersBarFigure, scopeHeading, type Scope } from './support';
/** The scopes in the order the charts draw their panels: the clusters' own figures first. */
const SCOPE_ORDER: Scope[] = ['members', 'regional-sector', 'metro-area', 'pole'];

const figureOf = (page: Page, name: string) => page.getByRole('figure', { name });

/** The figures of one chart, scope by scope, from the dataset itself. */
function expectedPanels(figureOfCluster: typeof membersBarFigure) {
  const figures = dataset.clusters.map(figureOfCluster).filter((f) => f !== null);
  return SCOPE_ORDER.filter((scope) => figures.some((f) => f.scope === scope)).map((scope) => ({
    heading: scopeHeading(scope),
    values: figures.filter((f) => f.scope === scope).map((f) => f.value).sort((a, b) => b - a),
  }));
}

/** Each bar's drawn width on screen, panel by panel, in the panels' order. */
async function barWidths(figure: Locator): Promise<Array<{ heading: string; widths: number[] }>> {
  return figure.locator('[data-panel]').filter({ visible: true }).evaluateAll((panels) =>
    panels.map((panel) => ({
      heading: panel.querySelector('h3')!.textContent!,
      widths: [...panel.querySelectorAll('a[data-bar] > rect')].map((rect) => rect.getBoundingClientRect().width),
    })),
  );
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('"Emplois par secteur" draws one panel per scope, under its heading', async ({ page }) => {
      await page.goto('/');
      const figure = figureOf(page, 'Emplois par secteur');
      const expected = expectedPanels(employmentBarFigure);
      expect(expected.map((p) => p.heading)).toEqual(['Membres de la grappe', 'Toute la filière en région', 'Métropole lilloise seulement']);
      for (const panel of expected) {
        const group = figure.getByRole('group', { name: panel.heading, exact: true });
        await expect(group.getByRole('heading', { name: panel.heading })).toBeVisible();
        await expect(group.getByRole('link')).toHaveCount(panel.values.length);
      }
      // The Lille metro area's 19 000 sits alone under its own heading, not beside the whole sectors' totals.
      await expect(figure.getByRole('group', { name: 'Métropole lilloise seulement' }).getByRole('link')).toHaveAccessibleName(/^Numérique .*19\s000/);
      await expect(figure.getByRole('group', { name: 'Toute la filière en région' }).getByRole('link', { name: /19\s000/ })).toHaveCount(0);
    });
  });
}

test('bars share a length scale only within their panel, as the notes say', async ({ page }) => {
  await page.goto('/');
  const figure = figureOf(page, 'Emplois par secteur');
  const drawn = await barWidths(figure);
  const expected = expectedPanels(employmentBarFigure);
  expect(drawn.map((p) => p.heading)).toEqual(expected.map((p) => p.heading));
  const longest = drawn.map((p) => Math.max(...p.widths));
  // Each panel's longest bar spans the same share of the width: 19 000 draws no longer than 9 408.
  for (const width of longest) expect(Math.abs(width - longest[0])).toBeLessThanOrEqual(1);
  // Within a panel, lengths are proportional to the figures (700 is 7 % of 9 408).
  drawn.forEach((panel, i) => {
    panel.widths.forEach((width, j) => {
      expect(width / longest[i]).toBeCloseTo(expected[i].values[j] / expected[i].values[0], 1);
    });
  });
  await expect(figure.getByText("Ces chiffres ne couvrent pas le même périmètre : un panneau par périmètre, chacun sous son titre et à sa propre échelle")).toBeVisible();
});

test('each panel is graduated, so that a panel of one bar says its size', async ({ page }) => {
  await page.goto('/');
  const metro = figureOf(page, 'Emplois par secteur').getByRole('group', { name: 'Métropole lilloise seulement' });
  await expect(metro.locator('svg text').filter({ hasText: /^15\s000$/ })).toBeVisible();
  const pole = figureOf(page, 'Membres par grappe').getByRole('group', { name: 'Pôle régional, pas la grappe' });
  await expect(pole.getByRole('link')).toHaveCount(1);
  await expect(pole.locator('svg text').filter({ hasText: /^400\s*$/ })).toHaveCount(2); // the bar's value and its graduation
  await expect(pole.locator('svg text').filter({ hasText: /^200$/ })).toBeVisible();
});

test('"Membres par grappe" puts the regional pole’s firms apart from the clusters’ members', async ({ page }) => {
  await page.goto('/');
  const figure = figureOf(page, 'Membres par grappe');
  const expected = expectedPanels(membersBarFigure);
  expect(expected.map((p) => p.heading)).toEqual(['Membres de la grappe', 'Pôle régional, pas la grappe']);
  await expect(figure.getByRole('group', { name: 'Pôle régional, pas la grappe' }).getByRole('link')).toHaveAccessibleName(/^Euralogistic 400 /);
  await expect(figure.getByRole('group', { name: 'Membres de la grappe' }).getByRole('link')).toHaveCount(expected[0].values.length);
  await expect(figure.getByRole('group', { name: 'Membres de la grappe' }).getByRole('link', { name: /^Euralogistic/ })).toHaveCount(0);
});

test('a cluster page picks its cluster out inside its scope’s panel', async ({ page }) => {
  await page.goto('/grappes/euralogistic');
  const pole = figureOf(page, 'Membres par grappe').getByRole('group', { name: 'Pôle régional, pas la grappe' });
  const bar = pole.getByRole('link', { name: /^Euralogistic/ });
  await expect(bar).toHaveCount(1);
  await expect(bar.locator('text').first()).toHaveAttribute('font-weight', '700');
});

test('a filter that leaves one scope draws one panel, and says the bars cover the same scope', async ({ page }) => {
  await page.goto('/?secteur=plasturgie,emballage');
  const figure = figureOf(page, 'Emplois par secteur');
  await expect(figure.locator('[data-panel]').filter({ visible: true }).getByRole('heading')).toHaveText(['Toute la filière en région']);
  await expect(figure.getByText("Ces barres couvrent le même périmètre, écrit en tête du graphique et sous chacune d'elles.")).toBeVisible();
});

test('the files follow the same panels: SVG headings in order, CSV scope column in the same order', async ({ request }) => {
  const svg = await (await request.get('/export/emplois.svg?date=2026-12-01')).text();
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const headings = expectedPanels(employmentBarFigure).map((p) => p.heading);
  expect(texts.filter((t) => headings.includes(t))).toEqual(headings);
  // Each panel's graduations are in the file too.
  expect(texts).toContain('15\u00a0000');

  const csv = (await (await request.get('/export/emplois.csv?date=2026-12-01')).text()).replace(/^\uFEFF/, '');
  const [header, ...rows]: string[][] = parse(csv, { delimiter: ';' });
  const scope = header.indexOf('perimetre');
  expect(scope).toBeGreaterThan(0);
  const scopes = rows.map((row) => row[scope]).filter(Boolean);
  expect([...new Set(scopes)]).toEqual(headings.map((h) => h.toLowerCase()));
});
