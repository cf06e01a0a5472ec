// Unknown addresses: a real 404, in French, with a way back to the overview.
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
