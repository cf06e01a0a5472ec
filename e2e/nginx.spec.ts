// The app behind deploy/nginx.conf (Debian's nginx in front of the standalone server, as the README
// deploys it): pages, views and dated exports come from the proxy's cache the second time; the
// client router's requests and errors never do; and the page works through it as it does direct.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { NGINX_PROXY } from '../scripts/fixture-builds';
import { dataset, waitForHydration } from './support';

const DIRECT = `http://127.0.0.1:${NGINX_PROXY.upstreamPort}`;
const cluster = `/grappes/${dataset.clusters[3].slug}`;
const status = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) => {
  const answer = await request.get(path, { headers, maxRedirects: 0 });
  return { code: answer.status(), cache: answer.headers()['x-cache-status'], answer };
};

for (const path of ['/', '/?secteur=plasturgie', cluster, '/export/membres.png?date=2026-12-01']) {
  test(`${path} comes from the proxy's cache the second time, with the server's headers`, async ({ request }) => {
    const first = await status(request, path);
    expect(first.code).toBe(200);
    expect(['MISS', 'HIT']).toContain(first.cache);
    const second = await status(request, path);
    expect(second.cache).toBe('HIT');
    expect(second.answer.headers()['etag']).toBe(first.answer.headers()['etag']);
    expect((await second.answer.body()).equals(await first.answer.body())).toBe(true);
    const direct = await request.get(`${DIRECT}${path}`);
    for (const header of ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options']) {
      expect(second.answer.headers()[header], header).toBe(direct.headers()[header]);
    }
  });
}

test('the client router\'s requests (header RSC) never come from the cache, nor go into it', async ({ request }) => {
  for (const path of ['/', '/?secteur=plasturgie', cluster]) {
    for (let i = 0; i < 2; i++) {
      const asked = await status(request, path, { RSC: '1' });
      expect(asked.cache, path).toBe('BYPASS');
      const url = asked.answer.headers()['location'] ?? path;
      const payload = await status(request, url, { RSC: '1' });
      expect(payload.code, url).toBe(200);
      expect(payload.answer.headers()['content-type'], url).toContain('text/x-component');
      expect(payload.cache, url).toBe('BYPASS');
    }
    // The same URL without the header is still the page's HTML.
    const page = await status(request, path);
    expect(page.answer.headers()['content-type'], path).toContain('text/html');
  }
});

test('an unknown cluster, a page that says what it dropped, and an undated export are never kept', async ({ request }) => {
  for (const path of ['/grappes/nexiste-pas', '/?secteur=plasturgie,aeronautique', '/export/membres.csv']) {
    const codes = [];
    for (let i = 0; i < 2; i++) {
      const asked = await status(request, path);
      expect(asked.cache, path).not.toBe('HIT');
      codes.push(asked.code);
    }
    expect(codes, path).toEqual(path.startsWith('/grappes/') ? [404, 404] : [200, 200]);
  }
  expect(await (await request.get('/grappes/nexiste-pas')).text()).toContain('Page introuvable</h1>');
});

test('through the proxy, a click on a sector changes the charts, and a reload keeps the view', async ({ page }) => {
  const plasturgie = dataset.sectors.find((s) => s.id === 'plasturgie')!;
  const shown = dataset.clusters.filter((c) => c.sectorId === 'plasturgie');
  const members = page.getByRole('figure', { name: 'Membres par grappe' });
  const bars = members.locator('[data-bar]').filter({ visible: true });
  await page.goto('/');
  await waitForHydration(page.getByRole('checkbox', { name: plasturgie.label }));
  const everyBar = await bars.count();
  expect(everyBar).toBeGreaterThan(shown.length);
  await page.getByRole('checkbox', { name: plasturgie.label }).check();
  await expect(page).toHaveURL(/\/\?secteur=plasturgie$/);
  await expect(page.getByText(/^\d+ grappes? sur \d+$/)).toHaveText(`${shown.length} grappe${shown.length > 1 ? 's' : ''} sur ${dataset.clusters.length}`);
  await expect(bars).toHaveCount(shown.length);
  await expect(members.getByRole('link', { name: new RegExp(`^${shown[0].name} `) })).toBeVisible();

  await page.reload();
  await expect(bars).toHaveCount(shown.length);
  await expect(page.getByRole('checkbox', { name: plasturgie.label })).toBeChecked();
  await page.getByRole('link', { name: 'Tous les secteurs' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(bars).toHaveCount(everyBar);
});
