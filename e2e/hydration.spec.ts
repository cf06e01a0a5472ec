// Run against `next dev`, which reports in the console any difference between the server's HTML
// and the browser's first render: every page must hydrate without one, and without any error.
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { dataset, isDevNoise, waitForHydration } from './support';

const HYDRATION_WORDS = /hydrat|did not match|didn't match|server rendered html|mismatch/i;

type Logged = { type: string; text: string };

function collect(page: Page) {
  const messages: Logged[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (isDevNoise(message.text())) return;
    messages.push({ type: message.type(), text: message.text() });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { messages, pageErrors };
}

async function load(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  await waitForHydration(page.getByRole('heading', { level: 1 }));
  // React reports a recoverable hydration error after the commit: give it a moment.
  await page.waitForTimeout(1_000);
}

function expectClean({ messages, pageErrors }: ReturnType<typeof collect>) {
  const aboutHydration = messages.filter(
    (m) => (m.type === 'error' || m.type === 'warning') && HYDRATION_WORDS.test(m.text),
  );
  expect(aboutHydration, 'hydration warnings').toEqual([]);
  expect(messages.filter((m) => m.type === 'error'), 'console errors').toEqual([]);
  expect(pageErrors, 'uncaught exceptions').toEqual([]);
}

test('the overview hydrates without a mismatch, and its table then sorts', async ({ page }) => {
  const logged = collect(page);
  await load(page, '/');
  const table = page.getByRole('region', { name: 'Toutes les grappes' }).getByRole('table');
  const firstRow = table.locator('tbody').getByRole('row').first().getByRole('rowheader');
  const before = await firstRow.textContent();
  // Descending by name: the hydrated button reorders the rows.
  await table.getByRole('button', { name: 'Grappe' }).click();
  await expect(table.getByRole('columnheader', { name: 'Grappe' })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).not.toHaveText(before ?? '');
  expectClean(logged);
});

for (const cluster of dataset.clusters) {
  test(`the page of ${cluster.name} hydrates without a mismatch`, async ({ page }) => {
    const logged = collect(page);
    await load(page, `/grappes/${cluster.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(cluster.name);
    expectClean(logged);
  });
}
