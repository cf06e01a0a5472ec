// The production build runs clean: no console error or warning, no uncaught exception, on any page.
import { expect, test, type Page } from '@playwright/test';
import { dataset, waitForHydration } from './support';

type Problem = { kind: string; text: string; url?: string };

function collectProblems(page: Page): Problem[] {
  const problems: Problem[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push({ kind: `console.${message.type()}`, text: message.text(), url: message.location().url });
    }
  });
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: error.message }));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Next.js cancels its own prefetches (net::ERR_ABORTED) once it has what it needs: not a failure.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push({ kind: 'requestfailed', text: `${reason} ${request.url()}` });
  });
  return problems;
}

/** Loads the page and lets it hydrate and settle. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  await waitForHydration(page.getByRole('heading', { level: 1 }));
  return response;
}

const pages = ['/', ...dataset.clusters.map((c) => `/grappes/${c.slug}`)];

for (const path of pages) {
  test(`no console error or warning on ${path}`, async ({ page }) => {
    const problems = collectProblems(page);
    const response = await visit(page, path);
    expect(response?.status()).toBe(200);
    expect(problems).toEqual([]);
  });
}

for (const path of ['/grappes/inconnue', '/nimporte-quoi']) {
  test(`the 404 page at ${path} logs nothing but the 404 of its own document`, async ({ page, baseURL }) => {
    const problems = collectProblems(page);
    const response = await visit(page, path);
    expect(response?.status()).toBe(404);
    const documentUrl = new URL(path, baseURL).href;
    const ownDocument404 = (p: Problem) =>
      p.kind === 'console.error' &&
      p.url === documentUrl &&
      /^Failed to load resource: the server responded with a status of 404/.test(p.text);
    expect(problems.filter((p) => !ownDocument404(p))).toEqual([]);
  });
}
