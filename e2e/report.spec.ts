// "Tout exporter": one ZIP of the view (every chart in every format, its text alternative, an index),
// and the text alternative in each chart's "Exporter" menu.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { decodePng } from '../lib/export/testing/decode-png';
import { dataset, employmentBarFigure, membersBarFigure, waitForHydration, type DataCluster, type DataFigure } from './support';

// One after the other: each report draws six PNGs and PDFs on the server's render threads.
test.describe.configure({ mode: 'default' });

const MEMBERS = 'Membres par grappe';
const EMPLOYMENT = 'Emplois par secteur';
const CHART_FILES = ['.png', '-impression.png', '.svg', '.pdf', '.csv', '.txt'];
const EXPECTED = [...CHART_FILES.map((f) => `membres${f}`), ...CHART_FILES.map((f) => `emplois${f}`), 'index.html', 'index.md'];
/** Where the server says the site is when SITE_URL is not set (lib/url/site-url.ts). */
const SITE = 'http://localhost:3000';
const todayInParis = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
/** "3 décembre 2026", as the index dates the report ("1er" on the first of a month). */
const frenchToday = () =>
  new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).replace(/^1 /, '1er ');

type Files = Record<string, Uint8Array>;

async function downloadReport(page: Page): Promise<{ name: string; files: Files }> {
  const link = page.getByRole('link', { name: 'Tout exporter' });
  await expect(link).toHaveAccessibleDescription(/ZIP/);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), link.click()]);
  const bytes = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), files: unzipSync(new Uint8Array(bytes)) };
}

const text = (files: Files, name: string) => Buffer.from(files[name]).toString('utf8');

/** The CSV's rows under its header, read as a spreadsheet reads them (a label with a comma is quoted). */
const csvRows = (csv: string): string[][] => parse(csv, { delimiter: ';', bom: true }).slice(1);

/** The CSV's rows with a figure (the bars), as [label, value]: the missing ones follow without a value. */
function csvBars(csv: string): string[][] {
  return csvRows(csv).filter((row) => row[3] !== '').map((row) => [row[1], row[3]]);
}

/** What the chart draws for these clusters, as the CSV's label and value (the employment chart labels a bar by its sector). */
function expectedBars(clusters: DataCluster[], figureOf: (c: DataCluster) => DataFigure | null, label: (c: DataCluster) => string): string[][] {
  return clusters.flatMap((c) => (figureOf(c) ? [[label(c), String(figureOf(c)!.value)]] : [])).sort();
}

const sectorLabel = (c: DataCluster) => dataset.sectors.find((s) => s.id === c.sectorId)?.label ?? '';

async function svgTexts(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('title')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, svg);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

/** Every file of the report decodes as what its name says, with its chart's title and rows. */
async function expectReport(page: Page, files: Files, clusters: DataCluster[], permalink: string) {
  expect(Object.keys(files)).toEqual(EXPECTED);
  for (const [chart, title] of [['membres', MEMBERS], ['emplois', EMPLOYMENT]]) {
    const svg = await svgTexts(page, text(files, `${chart}.svg`));
    expect(svg.error).toBeNull();
    expect(svg.title).toBe(title);
    expect(svg.texts).toContain(title);
    // The web PNG is 1 200 px wide, the print one two columns at 300 dpi; both the picture the SVG lays out.
    for (const [name, width] of [[`${chart}.png`, 1200], [`${chart}-impression.png`, 1134]] as const) {
      const png = Buffer.from(files[name]);
      expect([...png.subarray(0, 8)], name).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const pixels = decodePng(png);
      expect(pixels.width, name).toBe(width);
      expect(Math.abs(pixels.height - (svg.height * width) / svg.width), name).toBeLessThanOrEqual(1);
    }
    expect(await pdfText(files[`${chart}.pdf`])).toContain(title);
    expect(text(files, `${chart}.txt`).split('\n')[0]).toBe(title);
  }
  expect(csvBars(text(files, 'membres.csv')).sort()).toEqual(expectedBars(clusters, membersBarFigure, (c) => c.name));
  expect(csvBars(text(files, 'emplois.csv')).sort()).toEqual(expectedBars(clusters, employmentBarFigure, sectorLabel));
  const html = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return { headings: [...doc.querySelectorAll('h2')].map((h) => h.textContent), body: doc.body.textContent ?? '', links: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
  }, text(files, 'index.html'));
  expect(html.headings).toEqual([MEMBERS, EMPLOYMENT]);
  expect(html.body).toContain("Source : « Sept nouvelles « grappes d'entreprises » », J.-M. P.");
  expect(html.body).toContain(`Exporté le ${frenchToday()}.`);
  expect(html.links).toContain(permalink);
  expect(html.links).toContain('membres-impression.png');
  expect(text(files, 'index.md')).toContain(`Page : <${permalink}>`);
}

test('"Tout exporter" on the overview downloads every chart of the view in one ZIP', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page.getByRole('link', { name: 'Tout exporter' }));
  const { name, files } = await downloadReport(page);
  expect(name).toBe(`grappes-rapport-${todayInParis()}.zip`);
  // The page draws as many bars as the CSV has rows with a figure.
  const drawn = await page.getByRole('figure', { name: MEMBERS }).locator('[data-bar]').filter({ visible: true }).count();
  expect(csvBars(text(files, 'membres.csv'))).toHaveLength(drawn);
  await expectReport(page, files, dataset.clusters, `${SITE}/`);
});

test('"Tout exporter" on a filtered overview gives that view only', async ({ page }) => {
  await page.goto('/?secteur=plasturgie');
  await waitForHydration(page.getByRole('link', { name: 'Tout exporter' }));
  const { name, files } = await downloadReport(page);
  expect(name).toBe(`grappes-rapport-plasturgie-${todayInParis()}.zip`);
  await expectReport(page, files, dataset.clusters.filter((c) => c.sectorId === 'plasturgie'), `${SITE}/?secteur=plasturgie`);
  expect(text(files, 'membres.txt')).toContain('secteurs : plasturgie');
});

test('"Tout exporter" on a cluster page picks that cluster out and links to its page', async ({ page }) => {
  await page.goto('/grappes/nord-package');
  await waitForHydration(page.getByRole('link', { name: 'Tout exporter' }));
  const { name, files } = await downloadReport(page);
  expect(name).toBe(`grappes-rapport-nord-package-${todayInParis()}.zip`);
  await expectReport(page, files, dataset.clusters, `${SITE}/grappes/nord-package`);
  const rows = csvRows(text(files, 'membres.csv'));
  expect(rows.filter((row) => row.at(-1) === 'oui').map((row) => row[1])).toEqual(['Nord Package']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the link is in the server’s HTML, dated today', async ({ page }) => {
    await page.goto('/?secteur=plasturgie');
    await expect(page.getByRole('link', { name: 'Tout exporter' })).toHaveAttribute('href', `/export/rapport.zip?secteur=plasturgie&date=${todayInParis()}`);
  });
});

test.describe('report URLs', () => {
  test('are cacheable when dated, and answer a revalidation with a 304', async ({ request }) => {
    const url = '/export/rapport.zip?secteur=plasturgie&date=2026-11-28';
    const first = await request.get(url, { timeout: 60_000 });
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('application/zip');
    expect(first.headers()['content-disposition']).toBe('attachment; filename="grappes-rapport-plasturgie-2026-11-28.zip"');
    expect(first.headers()['cache-control']).toBe('public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800');
    const again = await request.get(url, { headers: { 'If-None-Match': first.headers()['etag'] } });
    expect(again.status()).toBe(304);
  });

  test('refuse bad parameters before drawing anything, and no cache keeps the refusal', async ({ request }) => {
    const cases: Array<[string, number, RegExp]> = [
      ['/export/rapport.zip?secteur=inconnu', 400, /secteur inconnu : « inconnu »/],
      ['/export/rapport.zip?secteur=plasturgie,', 400, /valeur vide/],
      ['/export/rapport.zip?date=demain', 400, /^date « demain » invalide/],
      ['/export/rapport.zip?impression=a4', 400, /^impression ne vaut pas pour le rapport/],
      ['/export/rapport.zip?grappe=nord-package&secteur=emballage', 400, /^grappe et secteur ne vont pas ensemble/],
      ['/export/rapport.zip?grappe=inconnue', 404, /^grappe inconnue/],
    ];
    for (const [url, status, message] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      expect(response.headers()['cache-control'], url).toBe('no-store');
      expect((await response.json()).error.message, url).toMatch(message);
    }
  });
});

test.describe('the text alternative in the Exporter menu', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows the chart described in words, copies it with a spoken confirmation, and downloads it as text', async ({ page, request }) => {
    await page.goto('/');
    const figure = page.getByRole('figure', { name: EMPLOYMENT });
    await waitForHydration(figure.getByText('Exporter').first());
    await figure.getByText('Exporter').first().click();
    const field = figure.getByRole('textbox', { name: 'Texte alternatif' });
    await expect(field).toBeVisible();
    await expect(field).toHaveJSProperty('readOnly', true);
    const alt = await field.inputValue();
    expect(alt).toMatch(/^Diagramme en barres horizontales : emplois de 5 secteurs, en 3 panneaux/);
    expect(alt).toContain('Non communiqué (sans barre ni zéro) : Logistique et Économie sociale et solidaire.');
    await figure.getByRole('button', { name: 'Copier le texte alternatif' }).click();
    await expect(figure.getByRole('status')).toHaveText('Texte alternatif copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(alt);

    const href = await figure.getByRole('link', { name: 'Texte alternatif (TXT)' }).getAttribute('href');
    expect(href).toBe(`/export/emplois.txt?date=${todayInParis()}`);
    const file = await request.get(href!);
    expect(file.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    expect(await file.text()).toContain(`Texte alternatif :\n${alt}\n`);
  });
});
