// Readers at night: pages and embeds follow the browser's dark preference (or an embed's theme=sombre),
// with a dark ground, light ink and bars that still stand out; dark exports are drawn on the dark ground.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodePng } from '../lib/export/testing/decode-png';
import { dataset, waitForHydration } from './support';

type Rgb = [number, number, number];

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

function parseRgb(css: string): Rgb {
  const match = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const backgroundOf = async (element: Locator): Promise<Rgb> => parseRgb(await element.evaluate((e) => getComputedStyle(e).backgroundColor));

/**
 * The colour each bar of a figure is seen by: its fill, or for a bar drawn as an outline on the
 * chart's ground, its stroke (patterned bars fill with a url(), their pattern's ink is the stroke).
 */
async function barColours(figure: Locator, card: Rgb): Promise<Rgb[]> {
  const paints = await figure.locator('[data-bar] rect').evaluateAll((rects) =>
    rects.filter((r) => (r as SVGGraphicsElement).getBBox().width > 0).map((r) => ({ fill: getComputedStyle(r).fill, stroke: getComputedStyle(r).stroke })),
  );
  const ground = `rgb(${card.join(', ')})`;
  return paints
    .map(({ fill, stroke }) => (fill.startsWith('rgb') && fill !== ground ? fill : stroke))
    .filter((colour) => colour.startsWith('rgb'))
    .map(parseRgb);
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))).toEqual([]);
}

test.describe('with the browser set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the overview is light ink on a dark ground, its bars at least 3:1 on their chart, with no accessibility violation', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page.getByRole('heading', { level: 1 }));
    const ground = await backgroundOf(page.locator('body'));
    expect(luminance(ground)).toBeLessThan(0.05);
    const ink = parseRgb(await page.getByRole('heading', { level: 1 }).evaluate((e) => getComputedStyle(e).color));
    expect(contrast(ink, ground)).toBeGreaterThanOrEqual(7);
    for (const name of ['Membres par grappe', 'Emplois par secteur']) {
      const figure = page.getByRole('figure', { name });
      const card = await backgroundOf(figure);
      expect(luminance(card), name).toBeLessThan(0.05);
      const fills = await barColours(figure, card);
      expect(fills.length, name).toBeGreaterThan(0);
      for (const fill of fills) expect(contrast(fill, card), `${name}: rgb(${fill})`).toBeGreaterThanOrEqual(3);
    }
    await expectNoViolations(page);
  });

  test('a cluster page is dark too, with no accessibility violation', async ({ page }) => {
    await page.goto(`/grappes/${dataset.clusters[0].slug}`);
    await waitForHydration(page.getByRole('heading', { level: 1 }));
    expect(luminance(await backgroundOf(page.locator('body')))).toBeLessThan(0.05);
    await expectNoViolations(page);
  });

  test('an embed follows the dark preference, and theme=clair forces it light', async ({ page }) => {
    await page.goto('/integrer/membres');
    expect(luminance(await backgroundOf(page.locator('body')))).toBeLessThan(0.05);
    await page.goto('/integrer/membres?theme=clair');
    expect(luminance(await backgroundOf(page.locator('body')))).toBeGreaterThan(0.8);
  });
});

test('with the browser set to light, the overview stays light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect(luminance(await backgroundOf(page.locator('body')))).toBeGreaterThan(0.8);
});

test('an embed with theme=sombre is dark in a light browser: its bars at least 3:1, no accessibility violation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/integrer/emplois?theme=sombre');
  const figure = page.getByRole('figure', { name: 'Emplois par secteur' });
  await expect(figure).toBeVisible();
  expect(luminance(await backgroundOf(page.locator('body')))).toBeLessThan(0.05);
  const card = await backgroundOf(figure);
  const fills = await barColours(figure, card);
  expect(fills.length).toBeGreaterThan(0);
  for (const fill of fills) expect(contrast(fill, card)).toBeGreaterThanOrEqual(3);
  await expectNoViolations(page);
});

test('a PNG export with theme=sombre is drawn on a dark ground', async ({ request }) => {
  const light = decodePng(await (await request.get('/export/membres.png')).body());
  const answer = await request.get('/export/membres.png?theme=sombre');
  expect(answer.status()).toBe(200);
  const dark = decodePng(await answer.body());
  const corner = (p: typeof dark): Rgb => [p.rgba[0], p.rgba[1], p.rgba[2]];
  expect(luminance(corner(dark))).toBeLessThan(0.05);
  expect(luminance(corner(light))).toBeGreaterThan(0.8);
  expect((await request.get('/export/membres.png?theme=noir')).status()).toBe(400);
});

test('once the page runs, the filter keeps a submit button the keyboard reaches, which leads to the charts', async ({ page }) => {
  await page.goto('/');
  const submit = page.getByRole('button', { name: 'Afficher les graphiques' });
  await waitForHydration(submit);
  await page.getByRole('checkbox', { name: 'Plasturgie' }).check();
  await page.getByRole('checkbox', { name: 'Plasturgie' }).focus();
  // Tab from the last checkbox reaches the button (through the other checkboxes, if any follow).
  for (let i = 0; i < dataset.sectors.length + 1 && !(await submit.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Graphiques' })).toBeFocused();
  await expect(page).toHaveURL(/\?secteur=plasturgie$/);
});
