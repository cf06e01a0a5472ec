// WCAG 2.2 AA, as axe-core checks it, on every page and state that matters.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dataset, waitForHydration } from './support';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(violations).toEqual([]);
}

test('the overview has no accessibility violation', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page.getByRole('heading', { level: 1 }));
  await expectNoViolations(page);
});

test('the filtered overview, with its notice, has no accessibility violation', async ({ page }) => {
  await page.goto('/?secteur=plasturgie,emballage,aeronautique');
  await waitForHydration(page.getByRole('heading', { level: 1 }));
  await expect(page.getByRole('status')).toBeVisible();
  await expectNoViolations(page);
});

test('the overview with an export menu open has no accessibility violation', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: 'Membres par grappe' });
  await waitForHydration(figure.getByText('Exporter').first());
  await figure.getByText('Exporter').first().click();
  await expect(figure.getByRole('link', { name: /^PNG pour le web \(1 200/ })).toBeVisible();
  await expectNoViolations(page);
});

for (const cluster of dataset.clusters) {
  test(`the page of ${cluster.name} has no accessibility violation`, async ({ page }) => {
    await page.goto(`/grappes/${cluster.slug}`);
    await waitForHydration(page.getByRole('heading', { level: 1 }));
    await expectNoViolations(page);
  });
}

test('the 404 page has no accessibility violation', async ({ page }) => {
  await page.goto('/grappes/inconnue');
  await expectNoViolations(page);
});

test('the overview works at 360 px and 200 % zoom', async ({ browser, baseURL }) => {
  // 200 % zoom on a 720 px window lays the page out as a 360 px one, at twice the size.
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('/');
  await expectNoViolations(page);
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await context.close();
});
