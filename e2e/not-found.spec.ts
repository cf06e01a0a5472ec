// Unknown addresses: a real 404, in French, with a way back to the overview.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { rawRequest, sendRaw } from './raw-http';

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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const address of ['/grappes/nexiste-pas', '/nimporte-quoi']) {
    test(`${address} shows the French 404 page from the server's HTML alone`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
      await expect(page.getByText('Aucune grappe ne porte cette adresse.')).toBeVisible();
      const home = page.getByRole('main').getByRole('link', { name: "Revenir à toutes les grappes d'entreprises" });
      await expect(home).toHaveAttribute('href', '/');
    });
  }
});

// The server is bound to 127.0.0.1 (playwright.config.ts): a rewrite to the 404 page once went out
// as a request to http://localhost:<port>, through the same proxy, until a 30 s time-out and a 500.
for (const host of ['127.0.0.1', 'localhost', 'grappes.example', '[::1]:1']) {
  test(`an unknown cluster asked for with Host: ${host} gets the 404 page at once`, async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port);
    for (const path of ['/grappes/nexiste-pas', '/grappes/a/b', '/grappes/NORD-PACKAGE', `/grappes/${'x'.repeat(400)}`]) {
      const answer = await sendRaw(port, rawRequest('GET', path, host), 5_000);
      expect(answer?.status, `${path}, Host: ${host}`).toBe(404);
      expect(answer?.body, path).toContain('Page introuvable</h1>');
      expect(answer?.headers['cache-control'], path).toContain('no-store');
    }
  });
}
