// The overview page: headline figures, the two charts (with and without JavaScript), the table.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataset, frNumber, literally, NBSP, SCOPE_LABEL, waitForHydration } from './support';

type ExpectedBar = { label: string; value: string; scope: string; quote?: string };

/** The members chart as the article reads: one bar per cluster with a figure, Euralogistic's being its pole's. */
const MEMBER_BARS: ExpectedBar[] = [
  { label: 'Association des industries ferroviaires', value: '80', scope: SCOPE_LABEL.members },
  { label: 'Action Plasturgie Artois Flandres', value: '60', scope: SCOPE_LABEL.members },
  { label: 'Club des imprimeurs artisans', value: '≈ 15', scope: SCOPE_LABEL.members },
  { label: 'Nord Package', value: '11', scope: SCOPE_LABEL.members },
  { label: 'Initiatives et Cité', value: '10', scope: SCOPE_LABEL.members },
  { label: 'Euralogistic', value: '400', scope: 'pôle régional, pas la grappe' },
];

/** The employment chart: one bar per sector, each with the scope the article gives. */
const EMPLOYMENT_BARS: ExpectedBar[] = [
  { label: 'Ferroviaire', value: `9${NBSP}408`, scope: SCOPE_LABEL.members },
  { label: 'Imprimerie', value: '700', scope: SCOPE_LABEL.members },
  { label: 'Plasturgie', value: `11${NBSP}500`, scope: 'toute la filière en région' },
  { label: 'Emballage, papier et carton', value: `6${NBSP}700`, scope: 'toute la filière en région' },
  { label: 'Numérique', value: `19${NBSP}000`, scope: 'métropole lilloise seulement' },
];

const MEMBERS_MISSING = ['Pôle numérique régional', 'Clubtex', 'Club développeurs'];
const EMPLOYMENT_MISSING = ['Logistique', 'Économie sociale et solidaire'];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '\\s+');
}

/** "Label[ · sublabel] value what it counts · scope…": the accessible name of a bar, its visible text in order. */
function barName(bar: ExpectedBar): RegExp {
  return new RegExp(`^${escape(bar.label)}(\\s·\\s.+?)?\\s${escape(bar.value)}\\s.*${escape(bar.scope)}`);
}

function membersChart(page: Page): Locator {
  return page.getByRole('figure', { name: 'Membres par grappe' });
}

function employmentChart(page: Page): Locator {
  return page.getByRole('figure', { name: 'Emplois par secteur' });
}

/** The chart's own drawings, one per panel (the legend swatches are small svgs too). */
function chartSvg(figure: Locator): Locator {
  // The drawings on screen: each chart is drawn twice, wide and narrow, and the CSS shows one.
  return figure.locator('svg').filter({ has: figure.page().locator('a'), visible: true });
}

/** A panel's heading: the scope its bars cover, as the legend spells it. */
const panelHeading = (scope: string) => scope.charAt(0).toUpperCase() + scope.slice(1);

/**
 * The bars, read panel by panel: one panel per scope, in order, named by its heading, holding the
 * bars of that scope and no other.
 */
async function expectBars(figure: Locator, bars: ExpectedBar[]) {
  const headings = [...new Set(bars.map((bar) => panelHeading(bar.scope)))];
  await expect(figure.locator('[data-panel]').filter({ visible: true }).getByRole('heading')).toHaveText(headings);
  await expect(chartSvg(figure).locator('a.chart-bar, a[data-bar]')).toHaveCount(bars.length);
  for (const heading of headings) {
    const panel = figure.getByRole('group', { name: heading, exact: true });
    const own = bars.filter((bar) => panelHeading(bar.scope) === heading);
    await expect(panel.getByRole('link'), heading).toHaveCount(own.length);
    for (const bar of own) {
      const link = panel.getByRole('link', { name: barName(bar) });
      await expect(link, `bar ${bar.label} ${bar.value} under « ${heading} »`).toHaveCount(1);
      // The value printed at the end of the bar, with its no-break space.
      await expect(link).toContainText(literally(bar.value));
    }
  }
}

async function expectMissing(figure: Locator, title: string, labels: string[]) {
  const list = figure.getByRole('list', { name: `Non communiqué : ${title}` });
  await expect(list.getByRole('listitem')).toHaveCount(labels.length);
  for (const label of labels) {
    await expect(list.getByRole('listitem').filter({ hasText: label })).toContainText(`${label} : non communiqué`);
    // Missing is missing: no bar, and no zero.
    await expect(chartSvg(figure).getByRole('link', { name: new RegExp(`^${escape(label)}\\s:`) })).toHaveCount(0);
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the served HTML already draws the members chart, with its six bars', async ({ page }) => {
    await page.goto('/');
    const figure = membersChart(page);
    await expect(figure).toBeVisible();
    await expectBars(figure, MEMBER_BARS);
    const approximate = chartSvg(figure).getByRole('link', { name: /^Club des imprimeurs artisans/ });
    await expect(approximate).toHaveAccessibleName(/≈\s15 .*approximatif/);
    await expect(approximate).toContainText('≈ 15');
  });

  test('the served HTML already draws the employment chart, with its five bars', async ({ page }) => {
    await page.goto('/');
    const figure = employmentChart(page);
    await expect(figure).toBeVisible();
    await expectBars(figure, EMPLOYMENT_BARS);
  });

  test('clusters without a figure are listed as "non communiqué", not drawn', async ({ page }) => {
    await page.goto('/');
    await expectMissing(membersChart(page), 'Membres par grappe', MEMBERS_MISSING);
    await expectMissing(employmentChart(page), 'Emplois par secteur', EMPLOYMENT_MISSING);
  });

  test('each bar links to its cluster page', async ({ page }) => {
    await page.goto('/');
    const bar = chartSvg(membersChart(page)).getByRole('link', { name: /^Nord Package\s11\s/ });
    await expect(bar).toHaveAttribute('href', '/grappes/nord-package');
  });
});

test.describe('with JavaScript', () => {
  test('the charts keep their bars once hydrated', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(chartSvg(membersChart(page)).getByRole('link').first());
    await expectBars(membersChart(page), MEMBER_BARS);
    await expectBars(employmentChart(page), EMPLOYMENT_BARS);
  });

  for (const [title, chart, first] of [
    ['Membres par grappe', membersChart, dataset.clusters.find((c) => c.slug === 'association-des-industries-ferroviaires')!.members!],
    ['Emplois par secteur', employmentChart, dataset.clusters.find((c) => c.slug === 'association-des-industries-ferroviaires')!.employment!],
  ] as const) {
    test(`hovering the top bar of "${title}" shows the article's words`, async ({ page }) => {
      await page.goto('/');
      const figure = chart(page);
      const topBar = chartSvg(figure).getByRole('link').first();
      await waitForHydration(topBar);
      const tooltip = figure.getByRole('tooltip');
      await expect(tooltip).toBeHidden();
      await topBar.locator(':scope > rect').hover();
      await expect(tooltip).toContainText(`« ${first.quote} »`);
      // The tooltip names what the bar counts, with the no-break space of a French number.
      await expect(tooltip).toContainText(literally(`${frNumber(first.value)} ${first.counts} · ${SCOPE_LABEL[first.scope]}`));
    });
  }

  test('a bar reached with the keyboard shows its tooltip, and the next one its own', async ({ page }) => {
    await page.goto('/');
    const figure = membersChart(page);
    const bars = chartSvg(figure).getByRole('link');
    await waitForHydration(bars.first());
    const [first, second] = MEMBER_BARS.map((bar) => dataset.clusters.find((c) => c.name === bar.label)!);
    await bars.first().focus();
    await expect(bars.first()).toBeFocused();
    await expect(figure.getByRole('tooltip')).toContainText(`« ${first.members!.quote} »`);
    await page.keyboard.press('Tab');
    await expect(bars.nth(1)).toBeFocused();
    await expect(figure.getByRole('tooltip')).toContainText(`« ${second.members!.quote} »`);
  });

  test('hovering any bar shows that bar\'s quote, whatever the chart\'s width', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('/');
    const figure = membersChart(page);
    const bars = chartSvg(figure).getByRole('link');
    await waitForHydration(bars.first());
    const byLabel = new Map(dataset.clusters.map((c) => [c.name, c]));
    for (const bar of MEMBER_BARS) {
      const cluster = byLabel.get(bar.label)!;
      const figureOfBar = cluster.members ?? cluster.otherFigures.find((f) => f.standsInFor === 'members')!;
      await chartSvg(figure).getByRole('link', { name: barName(bar) }).locator(':scope > rect').hover();
      await expect(figure.getByText(`« ${figureOfBar.quote} »`), `tooltip of ${bar.label}`).toBeVisible({ timeout: 2_000 });
    }
  });
});

test('the headline block gives the date, the national and the regional figures', async ({ page }) => {
  await page.goto('/');
  const secondWave = dataset.clusters.filter((c) => c.wave === 2).length;
  const firstWave = dataset.clusters.filter((c) => c.wave === 1).length;
  // The dataset agrees with the article: seven clusters selected in the region, two in the first wave.
  expect(secondWave).toBe(dataset.programme.figures.find((f) => f.id === 'selected-in-region')!.value);
  const headlines: Array<[RegExp, string]> = [
    [/annonce de la deuxième vague/, '21 janvier 2011'],
    [/grappes retenues en France/, '84'],
    [/mobilisés par le ministère sur deux ans/, "24 millions d'euros"],
    [/grappes de la région retenues lors de cette vague/, String(secondWave)],
    [/première vague, en 2010 : Clubtex et Club développeurs/, String(firstWave)],
  ];
  expect(headlines.map(([, value]) => value).slice(3)).toEqual(['7', '2']);
  for (const [label, value] of headlines) {
    const item = page.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: label }) });
    await expect(item, `headline ${label}`).toHaveCount(1);
    await expect(item.getByRole('definition').first()).toHaveText(value);
  }
});

test.describe('the table of all clusters', () => {
  type Reading = { name: string; members: string };

  async function readRows(table: Locator): Promise<Reading[]> {
    return table.locator('tbody').getByRole('row').evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('th')!.textContent!.trim(),
        members: row.querySelectorAll('td')[3].textContent!.trim(),
      })),
    );
  }

  function expectedOrder(direction: 'ascending' | 'descending') {
    const withValue = dataset.clusters
      .filter((c) => c.members)
      .sort((a, b) => (direction === 'ascending' ? 1 : -1) * (a.members!.value - b.members!.value));
    const without = dataset.clusters.filter((c) => !c.members).map((c) => c.name);
    return { withValue, without };
  }

  async function expectSorted(table: Locator, direction: 'ascending' | 'descending') {
    const { withValue, without } = expectedOrder(direction);
    await expect(table.getByRole('columnheader', { name: 'Membres' })).toHaveAttribute('aria-sort', direction);
    await expect(table.locator('tbody').getByRole('row').first().getByRole('rowheader')).toHaveText(withValue[0].name);
    const rows = await readRows(table);
    expect(rows.slice(0, withValue.length).map((r) => r.name)).toEqual(withValue.map((c) => c.name));
    // Each value as printed, starting with its French form ("≈ 15").
    rows.slice(0, withValue.length).forEach((row, i) => {
      const m = withValue[i].members!;
      expect(row.members.startsWith(m.approximate ? `≈ ${frNumber(m.value)}` : frNumber(m.value))).toBe(true);
    });
    // Missing figures stay last, whichever the direction.
    const tail = rows.slice(withValue.length);
    expect(tail.map((r) => r.name).sort()).toEqual([...without].sort());
    for (const row of tail) expect(row.members).toBe('non communiqué');
  }

  test('lists the nine clusters, sorted by name at first', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('region', { name: 'Toutes les grappes' }).getByRole('table');
    await expect(table.locator('tbody').getByRole('row')).toHaveCount(dataset.clusters.length);
    expect(dataset.clusters).toHaveLength(9);
    await expect(table.getByRole('columnheader', { name: 'Grappe' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('columnheader', { name: 'Membres' })).not.toHaveAttribute('aria-sort');
    const names = (await readRows(table)).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    for (const cluster of dataset.clusters) {
      await expect(table.getByRole('rowheader', { name: cluster.name, exact: true })).toHaveCount(1);
    }
  });

  test('sorts by members both ways, "non communiqué" always last', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('region', { name: 'Toutes les grappes' }).getByRole('table');
    const button = table.getByRole('button', { name: 'Membres' });
    await waitForHydration(button);

    await button.click();
    await expectSorted(table, 'ascending');
    await expect(table.getByRole('columnheader', { name: 'Grappe' })).not.toHaveAttribute('aria-sort');
    await expect(table.locator('tbody').getByRole('row').first()).toContainText('Initiatives et Cité');

    await button.click();
    await expectSorted(table, 'descending');
    await expect(table.locator('tbody').getByRole('row').first()).toContainText('Association des industries ferroviaires');
    await expect(table.locator('tbody').getByRole('row').first()).toContainText('80');
  });
});

test('the employment legend explains the three scopes of its bars', async ({ page }) => {
  await page.goto('/');
  const legend = employmentChart(page).getByRole('list', { name: 'Légende : Emplois par secteur' });
  const items = legend.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Membres de la grappe —');
  await expect(items.nth(1)).toContainText('Toute la filière en région —');
  await expect(items.nth(2)).toContainText('Métropole lilloise seulement —');
  await expect(items.nth(2)).toContainText('un minimum pour la région');
  const membersLegend = membersChart(page).getByRole('list', { name: 'Légende : Membres par grappe' });
  await expect(membersLegend.getByRole('listitem')).toHaveCount(2);
  await expect(membersLegend).toContainText('Pôle régional, pas la grappe —');
});

test('the page is in French, with a title and a description', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle("Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /grappes d'entreprises.*21 janvier 2011/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Les grappes d'entreprises du Nord-Pas-de-Calais");
});

test('the public sources of the context are links that open in a new tab, the unlinkable ones plain text', async ({ page }) => {
  await page.goto('/');
  const sources = page.getByRole('region', { name: 'Sources' });
  const publishers = [...new Set(dataset.context.flatMap((fact) => fact.sources.map((s) => s.publisher)))];
  for (const publisher of publishers.filter((p) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(p))) {
    const links = sources.getByRole('link', { name: `${publisher} (nouvel onglet)` });
    await expect(links.first()).toHaveAttribute('href', `https://${publisher}/`);
    await expect(links.first()).toHaveAttribute('target', '_blank');
    await expect(links.first()).toHaveAttribute('rel', 'noopener');
  }
  const evaluation = dataset.context.find((fact) => fact.id === 'evaluation-2015')!;
  const item = sources.getByRole('listitem').filter({ hasText: evaluation.statement });
  await expect(item).toContainText(`${evaluation.sources[0].publisher}, « ${evaluation.sources[0].title} »`);
  await expect(item.getByRole('link')).toHaveCount(0);
});

test('the filter count adds up in words: how many clusters of each wave', async ({ page }) => {
  const second = dataset.clusters.filter((c) => c.wave === 2).length;
  const first = dataset.clusters.filter((c) => c.wave === 1).length;
  const total = dataset.clusters.length;
  await page.goto('/');
  const filter = page.getByRole('form', { name: 'Filtrer par secteur' });
  await expect(filter).toContainText(`${total} grappes sur ${total} : ${second} de la deuxième vague, ${first} de la première`);
  await page.goto('/?secteur=plasturgie');
  await expect(filter).toContainText('1 grappe sur 9 : 1 de la deuxième vague');
});
