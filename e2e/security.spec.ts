// Security headers on every kind of response, and pages that raise no Content-Security-Policy violation.
import { expect, test } from '@playwright/test';
import { dataset } from './support';

const ROUTES = [
  '/',
  '/?secteur=plasturgie',
  `/grappes/${dataset.clusters[0].slug}`,
  '/grappes/inconnue',
  '/api/grappes',
  '/api/grappes?secteur=inconnu',
  '/api/apercu?secteur=plasturgie',
  '/api/apercu?page=0',
  '/export/membres.png',
  '/export/membres.svg',
  '/export/inconnu.png',
];

for (const route of ROUTES) {
  test(`${route} carries the security headers and no X-Powered-By`, async ({ request }) => {
    const headers = (await request.get(route)).headers();
    const csp = headers['content-security-policy'];
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp, route).toContain(directive);
    }
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

for (const path of ['/', '/?secteur=emballage', `/grappes/${dataset.clusters[5].slug}`, '/grappes/inconnue']) {
  test(`${path} raises no Content-Security-Policy violation`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const consoleViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) consoleViolations.push(message.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Open an export menu too: its links and the tooltip are client code.
    const exporter = page.getByText('Exporter').first();
    if (await exporter.isVisible()) await exporter.click();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });
}
