// Unknown addresses: a real 404, in French, with a way back to the overview.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

for (const address of ['/grappes/inconnue', '/nimporte-quoi']) {
  test(`${address} answers 404 with "Page introuvable" and a link back home`, async ({ page }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page).toHaveTitle(/Page introuvable/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByRole('main').getByRole('link', { name: "Revenir à toutes les grappes d'entreprises" }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Les grappes d'entreprises du Nord-Pas-de-Calais");
  });
}

/** The addresses of cluster pages the production server has built and kept on disk. */
function keptClusterPages(): string[] {
  const files = readdirSync('.next/server', { recursive: true, encoding: 'utf8' });
  return files.filter((file) => /[\\/]grappes[\\/]inconnue-\d+/.test(file));
}

test('made-up cluster addresses all get the 404 page, and leave nothing on the server\'s disk', async ({ request }) => {
  const addresses = Array.from({ length: 12 }, (_, i) => `/grappes/inconnue-${Date.now()}${i}`);
  for (const address of addresses) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text()).toContain('Page introuvable');
  }
  expect(keptClusterPages()).toEqual([]);
});
