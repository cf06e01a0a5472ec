// The page of each cluster: every figure the article gives (or "non communiqué"), who speaks,
// the neighbours, and the two charts with this cluster picked out. Expectations come from the dataset.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  dataset,
  employmentBarFigure,
  frFigure,
  literally,
  membersBarFigure,
  SCOPE_LABEL,
  sectorOf,
  type DataCluster,
  type DataFigure,
} from './support';

function figuresRegion(page: Page): Locator {
  return page.getByRole('region', { name: "Les chiffres de l'article" });
}

async function expectFigureCard(page: Page, label: string, figure: DataFigure | null) {
  const card = figuresRegion(page).getByRole('region', { name: label, exact: true });
  await expect(card, `card ${label}`).toHaveCount(1);
  await expect(card.getByRole('heading')).toHaveText(label);
  if (figure === null) {
    await expect(card).toContainText('non communiqué');
    await expect(card).toContainText("L'article ne donne pas ce chiffre.");
    await expect(card.locator('blockquote')).toHaveCount(0);
    return;
  }
  await expect(card).not.toContainText('non communiqué');
  // "11 500 salariés": the value in French, with a no-break space, then what it counts.
  await expect(card).toContainText(literally(`${frFigure(figure)} ${figure.counts}`));
  await expect(card).toContainText(`Périmètre : ${SCOPE_LABEL[figure.scope]}.`);
  await expect(card.locator('blockquote')).toHaveText(`« ${figure.quote} »`);
  if (figure.approximate) await expect(card).toContainText(`l'article écrit « ${figure.asWritten} »`);
  if (figure.caveat) await expect(card).toContainText(figure.caveat);
}

function heading(cluster: DataCluster): string {
  return cluster.acronym ? `${cluster.name} (${cluster.acronym})` : cluster.name;
}

type Emphasis = { slug: string; opacity: number; weight: number };

/** How strongly each bar is drawn: the opacity its rectangle ends up with, and the weight of its label. */
async function barEmphasis(chart: Locator): Promise<Emphasis[]> {
  // The drawing on screen: each chart is drawn twice, wide and narrow, and the CSS shows one.
  return chart.locator('svg a[href^="/grappes/"]').filter({ visible: true }).evaluateAll((bars) =>
    bars.map((bar) => {
      const rect = bar.querySelector(':scope > rect') ?? bar.querySelector('rect')!;
      let opacity = 1;
      for (let node: Element | null = rect; node && node.tagName.toLowerCase() !== 'svg'; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      const label = bar.querySelector('text')!;
      return {
        slug: bar.getAttribute('href')!.replace('/grappes/', ''),
        opacity: Math.round(opacity * 100) / 100,
        weight: Number(getComputedStyle(label).fontWeight),
      };
    }),
  );
}

/**
 * On a cluster page the comparison charts pick the cluster out: its bar stands out from all the
 * others (stronger, bolder); without a bar, no bar stands out and its "non communiqué" line is bold.
 */
async function expectHighlight(chart: Locator, cluster: DataCluster, hasBar: boolean, missingLabel: string | null) {
  await expect(chart).toBeVisible();
  const bars = await barEmphasis(chart);
  expect(bars.length).toBeGreaterThan(1);
  const own = bars.filter((b) => b.slug === cluster.slug);
  const others = bars.filter((b) => b.slug !== cluster.slug);
  if (hasBar) {
    expect(own).toHaveLength(1);
    const [mine] = own;
    const strongestOther = Math.max(...others.map((b) => b.opacity));
    const boldestOther = Math.max(...others.map((b) => b.weight));
    expect(mine.opacity, 'own bar at least as strong as the others').toBeGreaterThanOrEqual(strongestOther);
    expect(mine.weight, 'own label at least as bold as the others').toBeGreaterThanOrEqual(boldestOther);
    expect(mine.opacity > strongestOther || mine.weight > boldestOther, `${cluster.name} stands out in its chart`).toBe(true);
  } else {
    expect(own).toHaveLength(0);
    // No bar is picked out.
    expect(new Set(bars.map((b) => `${b.opacity}/${b.weight}`)).size, 'all bars drawn alike').toBe(1);
  }
  const missing = chart.getByRole('list', { name: /^Non communiqué/ }).getByRole('listitem');
  const weights = await missing.evaluateAll((items) =>
    items.map((item) => ({ text: item.textContent ?? '', weight: Number(getComputedStyle(item).fontWeight) })),
  );
  const isOwn = (text: string) => missingLabel !== null && text.startsWith(`${missingLabel} : non communiqué`);
  const ownEntries = weights.filter((w) => isOwn(w.text));
  const otherEntries = weights.filter((w) => !isOwn(w.text));
  if (missingLabel) {
    expect(ownEntries, `"${missingLabel} : non communiqué" listed`).toHaveLength(1);
    expect(ownEntries[0].weight).toBeGreaterThanOrEqual(600);
    for (const entry of otherEntries) expect(entry.weight, entry.text).toBeLessThan(ownEntries[0].weight);
  } else {
    // Nothing else is picked out.
    expect(new Set(otherEntries.map((e) => e.weight)).size).toBeLessThanOrEqual(1);
    for (const entry of otherEntries) expect(entry.weight, entry.text).toBeLessThan(600);
  }
}

for (const [index, cluster] of dataset.clusters.entries()) {
  test(`the page of ${cluster.name} shows its figures, its people and its neighbours`, async ({ page }) => {
    const response = await page.goto(`/grappes/${cluster.slug}`);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(cluster));
    await expect(page).toHaveTitle(`${cluster.name} · Grappes d'entreprises`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`^${cluster.name.replace(/[()]/g, '\\$&')}`));

    // Every figure, in reading order: members, employment, then the others.
    const cards = figuresRegion(page).getByRole('region');
    await expect(cards).toHaveCount(2 + cluster.otherFigures.length);
    await expect(cards.getByRole('heading')).toHaveText(['Membres', 'Emplois', ...cluster.otherFigures.map((f) => f.label)]);
    await expectFigureCard(page, 'Membres', cluster.members);
    await expectFigureCard(page, 'Emplois', cluster.employment);
    for (const other of cluster.otherFigures) await expectFigureCard(page, other.label, other);

    // What the article says, and who speaks.
    const words = page.getByRole('region', { name: "Ce qu'en dit l'article" });
    await expect(words.locator('blockquote').first()).toHaveText(`« ${cluster.mentionQuote} »`);
    await expect(words.locator('blockquote')).toHaveCount(1 + cluster.people.reduce((n, p) => n + p.quotes.length, 0));
    for (const person of cluster.people) {
      await expect(words.getByText(person.name, { exact: false })).toHaveText(
        `${person.name}, ${person.role ?? "fonction non précisée dans l'article"}`,
      );
      for (const quote of person.quotes) await expect(words.getByText(`« ${quote} »`)).toBeVisible();
    }

    // Previous and next cluster, in the dataset's order.
    const nav = page.getByRole('navigation', { name: 'Autres grappes' });
    const previous = dataset.clusters[index - 1];
    const next = dataset.clusters[index + 1];
    await expect(nav.getByRole('link')).toHaveCount((previous ? 1 : 0) + (next ? 1 : 0));
    if (previous) {
      await expect(nav.getByRole('link', { name: `← ${previous.name}` })).toHaveAttribute('href', `/grappes/${previous.slug}`);
    }
    if (next) {
      await expect(nav.getByRole('link', { name: `${next.name} →` })).toHaveAttribute('href', `/grappes/${next.slug}`);
    }

    // The comparison charts, with this cluster picked out.
    const comparison = page.getByRole('region', { name: 'Parmi les autres grappes' });
    const sector = sectorOf(cluster);
    await expectHighlight(
      comparison.getByRole('figure', { name: 'Membres par grappe' }),
      cluster,
      membersBarFigure(cluster) !== null,
      membersBarFigure(cluster) ? null : cluster.name,
    );
    await expectHighlight(
      comparison.getByRole('figure', { name: 'Emplois par secteur' }),
      cluster,
      employmentBarFigure(cluster) !== null,
      employmentBarFigure(cluster) || !sector ? null : sector.label,
    );
  });
}

test('the next link leads to the next cluster, and back', async ({ page }) => {
  const [first, second] = dataset.clusters;
  await page.goto(`/grappes/${first.slug}`);
  const nav = page.getByRole('navigation', { name: 'Autres grappes' });
  await nav.getByRole('link', { name: `${second.name} →` }).click();
  await expect(page).toHaveURL(`/grappes/${second.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(second));
  await expectChartsDrawn(page);
  await nav.getByRole('link', { name: `← ${first.name}` }).click();
  await expect(page).toHaveURL(`/grappes/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(first));
  await expectChartsDrawn(page);
});

/** Both charts show a bar for every cluster the article gives a figure of, whatever page led here. */
async function expectChartsDrawn(page: Page) {
  const withMembers = dataset.clusters.filter((c) => c.members ?? c.otherFigures.some((f) => f.standsInFor === 'members'));
  await expect(page.getByRole('figure', { name: 'Membres par grappe' }).locator('[data-bar]').filter({ visible: true })).toHaveCount(withMembers.length);
  await expect(page.getByRole('figure', { name: 'Emplois par secteur' }).locator('[data-bar]').filter({ visible: true })).toHaveCount(
    dataset.clusters.filter((c) => c.employment).length,
  );
}

test('a cluster page reached from the overview table or the site name has its charts', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('table').getByRole('link', { name: 'Nord Package', exact: true }).click();
  await expect(page).toHaveURL('/grappes/nord-package');
  await expectChartsDrawn(page);
  await page.getByRole('banner').getByRole('link', { name: "Grappes d'entreprises" }).click();
  await expect(page).toHaveURL('/');
  await expectChartsDrawn(page);
});

test('a bar of the overview chart opens its cluster page', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('figure', { name: 'Membres par grappe' })
    .getByRole('link', { name: /^Nord Package\s11\s/ })
    .locator(':scope > rect')
    .click();
  await expect(page).toHaveURL('/grappes/nord-package');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nord Package');
});

test.describe('readings the brief insists on', () => {
  test('Club des imprimeurs artisans: about fifteen members, as "une quinzaine"', async ({ page }) => {
    await page.goto('/grappes/club-des-imprimeurs-artisans');
    const members = figuresRegion(page).getByRole('region', { name: 'Membres', exact: true });
    await expect(members).toContainText('≈ 15 entreprises');
    await expect(members).toContainText('Chiffre approximatif');
    await expect(members).toContainText('une quinzaine');
    await expect(figuresRegion(page).getByRole('region', { name: 'Emplois', exact: true })).toContainText('700 salariés');
  });

  test('Pôle numérique régional: 19 000 employees of the Lille metropolitan area only, members not given', async ({ page }) => {
    await page.goto('/grappes/pole-numerique-regional');
    const employment = figuresRegion(page).getByRole('region', { name: 'Emplois', exact: true });
    await expect(employment).toContainText(literally('19\u00a0000 salariés'));
    await expect(employment).toContainText('métropole lilloise seulement');
    const members = figuresRegion(page).getByRole('region', { name: 'Membres', exact: true });
    await expect(members).toContainText('non communiqué');
    await expect(members).not.toContainText(/\d/);
  });

  test("Euralogistic: members not given; the 400 companies are the pole's", async ({ page }) => {
    await page.goto('/grappes/euralogistic');
    const members = figuresRegion(page).getByRole('region', { name: 'Membres', exact: true });
    await expect(members).toContainText('non communiqué');
    await expect(members).not.toContainText('400');
    const pole = figuresRegion(page).getByRole('region', { name: "Entreprises du pôle d'excellence régionale logistiques" });
    await expect(pole).toContainText('400 entreprises');
    await expect(pole).toContainText('pôle régional, pas la grappe');
  });
});
