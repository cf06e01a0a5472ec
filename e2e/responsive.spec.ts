// On a small phone (360 × 740) the overview fits the screen: no sideways scrolling of the page,
// charts scaled down to the width; only the wide table scrolls, inside its own box.
import { expect, test } from '@playwright/test';
import { waitForHydration } from './support';

const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 740 } });

test('the overview does not scroll sideways on a 360 px wide screen', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page.getByRole('heading', { level: 1 }));
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(WIDTH + 1);
});

for (const name of ['Membres par grappe', 'Emplois par secteur']) {
  test(`the chart "${name}" fits within the 360 px screen, bars and all`, async ({ page }) => {
    await page.goto('/');
    const figure = page.getByRole('figure', { name });
    // The narrow drawing, the one a phone shows: one per panel.
    const svg = figure.locator('svg').filter({ has: page.locator('a'), visible: true });
    await expect(svg).toHaveCount(await figure.locator('[data-panel]').filter({ visible: true }).count());
    await waitForHydration(svg.getByRole('link').first());
    for (const panel of await svg.all()) {
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH + 1);
    }
    // Scaled, not cropped: the whole drawing is visible, down to the longest bar's value.
    const bars = svg.getByRole('link');
    expect(await bars.count()).toBeGreaterThan(0);
    for (const bar of await bars.all()) {
      const barBox = (await bar.boundingBox())!;
      expect(barBox.x).toBeGreaterThanOrEqual(0);
      expect(barBox.x + barBox.width).toBeLessThanOrEqual(WIDTH + 1);
    }
  });
}

for (const path of ['/', '/grappes/nord-package']) {
  test(`the charts of ${path} keep their words legible on a 360 px screen`, async ({ page }) => {
    await page.goto(path);
    for (const name of ['Membres par grappe', 'Emplois par secteur']) {
      const svg = page.getByRole('figure', { name }).locator('svg').filter({ has: page.locator('a'), visible: true });
      // On screen, a 15-unit label scaled to the column: the wide drawing would make it 8 px tall.
      const sizes = await svg.locator('a > text:first-of-type').evaluateAll((texts) =>
        texts.map((text) => {
          const svgElement = (text as SVGTextElement).ownerSVGElement!;
          const scale = svgElement.getBoundingClientRect().width / svgElement.viewBox.baseVal.width;
          return Number(text.getAttribute('font-size')) * scale;
        }),
      );
      expect(sizes.length, name).toBeGreaterThan(0);
      for (const size of sizes) expect(size, name).toBeGreaterThanOrEqual(12);
    }
  });
}

test('the table scrolls inside its own box, not the page', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('region', { name: 'Toutes les grappes' }).getByRole('table');
  const box = await table.evaluate((element) => {
    const scroller = element.parentElement!;
    return {
      overflowX: getComputedStyle(scroller).overflowX,
      clientWidth: scroller.clientWidth,
      scrollWidth: scroller.scrollWidth,
      right: scroller.getBoundingClientRect().right,
    };
  });
  expect(box.right).toBeLessThanOrEqual(WIDTH + 1);
  if (box.scrollWidth > box.clientWidth) expect(['auto', 'scroll']).toContain(box.overflowX);
  // The rightmost column can be reached by scrolling the table's box.
  const lastHeader = table.getByRole('columnheader', { name: 'Emplois' });
  await lastHeader.scrollIntoViewIfNeeded();
  await expect(lastHeader).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH + 1);
});

test('each chart menu opens within the 360 px screen, under a title that keeps its width', async ({ page }) => {
  await page.goto('/grappes/nord-package');
  const figure = page.getByRole('figure', { name: 'Membres par grappe' });
  const title = figure.getByRole('heading', { name: 'Membres par grappe' });
  await waitForHydration(title);
  // The title is not squeezed beside the menus into a column a word wide.
  expect((await title.boundingBox())!.width).toBeGreaterThan(WIDTH / 2);
  for (const [menu, list] of [
    ['Exporter', figure.getByRole('list', { name: 'Exporter « Membres par grappe »' })],
    ['Intégrer', figure.getByRole('group', { name: 'Intégrer « Membres par grappe »' })],
  ] as const) {
    await figure.locator('summary', { hasText: menu }).click();
    await expect(list).toBeVisible();
    const box = (await list.boundingBox())!;
    expect(box.x, menu).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, menu).toBeLessThanOrEqual(WIDTH + 1);
    await figure.locator('summary', { hasText: menu }).click();
  }
});
