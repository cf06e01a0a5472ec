// Text from the dataset is always text: a dataset full of markup and formulas (e2e/fixtures/hostile.json)
// renders them as words on the pages, in exported SVG, and as inert cells in CSV.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../lib/data/schema';

const hostile: Dataset = JSON.parse(readFileSync('e2e/fixtures/hostile.json', 'utf8'));
const [first, second, third, fourth] = hostile.clusters;

/** Fails the test on any dialog (an alert() that ran) and collects the page's errors. */
function guard(page: Page): string[] {
  const errors: string[] = [];
  page.on('dialog', async (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectNoInjectedElements(page: Page) {
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    // The framework's own inline scripts carry the text as JSON data; an injected one would hold just the call.
    scripts: [...document.scripts].filter((s) => /^alert\(/.test(s.textContent?.trim() ?? '')).length,
    handlers: document.querySelectorAll('[onload], [onerror]').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
    foreignObjects: document.querySelectorAll('foreignObject').length,
  }));
  expect(injected).toEqual({ images: 0, scripts: 0, handlers: 0, javascriptLinks: 0, foreignObjects: 0 });
}

test('the overview shows markup from the dataset as text', async ({ page }) => {
  const errors = guard(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('table').getByRole('link', { name: first.name })).toBeVisible();
  await expect(page.getByRole('table').getByText(hostile.sectors[0].label).first()).toBeVisible();
  await expect(page.getByText(hostile.source.title).first()).toBeVisible();
  await expectNoInjectedElements(page);
  expect(errors).toEqual([]);
});

test('a chart redrawn after a filter shows markup from the dataset as text', async ({ page }) => {
  const errors = guard(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  const sector = hostile.sectors.find((s) => hostile.clusters.some((c) => c.sectorId === s.id && c.members))!;
  const cluster = hostile.clusters.find((c) => c.sectorId === sector.id && c.members)!;
  // The chart's new SVG comes from /api/apercu and goes into the page as markup.
  await page.getByRole('checkbox', { name: sector.label }).check();
  await expect(page).toHaveURL(/secteur=/);
  const bar = page.getByRole('figure', { name: 'Membres par grappe' }).locator(`[data-bar="${cluster.slug}"]`).filter({ visible: true });
  await expect(bar).toContainText(cluster.name);
  await bar.locator(':scope > rect').hover();
  await expect(page.getByRole('tooltip')).toContainText(cluster.members!.quote);
  await expectNoInjectedElements(page);
  expect(errors).toEqual([]);
});

test('a cluster page shows markup from the dataset as text, quotes included', async ({ page }) => {
  const errors = guard(page);
  await page.goto(`/grappes/${first.slug}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first.name);
  await expect(page.getByText(first.description!)).toBeVisible();
  await expect(page.getByText(`« ${first.people[0].quotes[0]} »`)).toBeVisible();
  await expectNoInjectedElements(page);
  await page.getByRole('figure', { name: 'Membres par grappe' }).locator(`[data-bar="${first.slug}"] > rect`).filter({ visible: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText(first.members!.quote);
  expect(errors).toEqual([]);
});

test('an exported SVG keeps the markup as text', async ({ page, request }) => {
  const svg = await (await request.get('/export/membres.svg')).text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      elements: [...new Set([...doc.querySelectorAll('*')].map((e) => e.localName))].sort(),
      handlers: [...doc.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.handlers).toBe(0);
  for (const element of ['script', 'img', 'foreignObject', 'foreignobject', 'iframe']) expect(parsed.elements).not.toContain(element);
  expect(parsed.text.replace(/\u00a0/g, ' ')).toContain(first.name);
  expect(parsed.text).toContain('</text><text>injecté</text>'.slice(0, 7));
});

test('a correction carried by the dataset is printed, as text, under the chart it bears on, on the page and in its exports', async ({ page, request }) => {
  const errors = guard(page);
  const correction = hostile.corrections![0];
  const line = `Corrigé le 2 décembre 2026 : ${correction.text}`;
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('figure', { name: 'Membres par grappe' }).getByRole('note', { name: 'Corrections : Membres par grappe' })).toHaveText(line);
  // Scoped to the members chart: the other chart says nothing of it.
  await expect(page.getByRole('figure', { name: 'Emplois par secteur' }).getByText('Corrigé le')).toHaveCount(0);
  await expectNoInjectedElements(page);
  expect(errors).toEqual([]);
  const svg = await (await request.get('/export/membres.svg')).text();
  const text = await page.evaluate((markup) => [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent).join(' '), svg);
  expect(text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ')).toContain(line);
  expect(await (await request.get('/export/membres.csv')).text()).toContain(`;Correction;;;${line};`);
});

test('CSV cells that a spreadsheet would run as formulas are neutralised', async ({ request }) => {
  for (const url of ['/api/grappes?format=csv', '/export/membres.csv']) {
    const csv = (await (await request.get(url)).text()).replace(/^\uFEFF/, '');
    const cells = csv.split('\r\n').flatMap((line) => line.split(';')).map((cell) => cell.replace(/^"|"$/g, ''));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell)), url).toEqual([]);
    expect(csv, url).toContain(`'${second.name.replace(/"/g, '""')}`);
  }
  const clusters = await (await request.get('/api/grappes?format=csv')).text();
  expect(clusters).toContain(`'${second.town}`);
  expect(clusters).toContain(`'${third.name}`);
  expect(clusters).toContain(`'${fourth.name}`);
});
