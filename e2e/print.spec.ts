// Printing a page: its words, both charts whole with their legends, notes and sources, the table and
// the page's address; no control of the screen (checkboxes, menus, buttons).
import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './support';

type PrintedPage = { number: number; text: string };

/** The page printed as Chromium prints it (A4, print media), read back page by page. */
async function printed(page: Page): Promise<PrintedPage[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ number, text: text.replace(/[\s\u00a0\u202f]+/g, ' ') });
  }
  return pages;
}

const whole = (pages: PrintedPage[]) => pages.map((p) => p.text).join(' ');
/** The page of the paper where `text` is printed. */
const pageOf = (pages: PrintedPage[], text: string) => pages.find((p) => p.text.includes(text))?.number;

test('printing the overview gives its title, the filter in words, both charts whole, the table and its address', async ({ page }) => {
  await page.goto('/');
  // The filter changes the address in place; the paper gives the new one.
  await page.getByRole('checkbox', { name: 'Plasturgie' }).check();
  await expect(page).toHaveURL(/\?secteur=plasturgie$/);
  await page.getByRole('checkbox', { name: 'Emballage, papier et carton' }).check();
  await expect(page).toHaveURL(/\?secteur=plasturgie,emballage$/);
  await expect(page.getByRole('figure', { name: 'Emplois par secteur' }).locator('[data-bar]').filter({ visible: true })).toHaveCount(2);

  await page.emulateMedia({ media: 'print' });
  // No control of the screen on paper.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByText('Exporter', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Pages du tableau' })).toBeHidden();

  const pages = await printed(page);
  const text = whole(pages);
  expect(text).toContain("Les grappes d'entreprises du Nord-");
  expect(text).toContain('Secteurs : Plasturgie et Emballage, papier et carton');
  expect(text).toContain('2 grappes sur 9');
  for (const title of ['Membres par grappe', 'Emplois par secteur']) expect(text).toContain(title);
  expect(text).toContain('Toute la filière en région');
  // The legend, in words.
  expect(text).toContain('Toute la filière en région — Toute la filière dans la région');
  expect(text).toContain("Source : « Sept nouvelles « grappes d'entreprises » »");
  expect(text).toContain('Les grappes de ces secteurs');
  expect(text).toContain('Action Plasturgie Artois Flandres');
  expect(text).toContain(`Adresse de cette page : ${page.url()}`);
  expect(text).not.toContain('Filtrer par secteur');
  expect(text).not.toContain('Exporter');
  // The table's headers sort on screen only.
  expect(text).toContain('avec leurs chiffres et leur périmètre.');
  expect(text).not.toContain('Cliquez sur un en-tête');
  // A chart is never cut across two sheets: its title, its panels, its notes and its source are on one.
  for (const [title, note] of [
    ['Membres par grappe Entreprises membres', "Chaque barre compte ce que l'article compte"],
    ['Emplois par secteur Emplois ou salariés', 'Ces barres couvrent le même périmètre'],
  ]) {
    const sheet = pages[pageOf(pages, title)! - 1].text;
    expect(sheet.slice(sheet.indexOf(title)), title).toContain(note);
    expect(sheet, title).toContain('Source : « Sept nouvelles');
    // A panel's heading, then its graduations: the drawing itself is on the sheet.
    expect(sheet, title).toMatch(/(Membres de la grappe|Toute la filière en région) 0 /);
  }
});

test('printing a cluster page gives its name, both charts whole and its address', async ({ page }) => {
  await page.goto('/grappes/nord-package');
  await waitForHydration(page.getByRole('heading', { level: 1 }));
  const pages = await printed(page);
  const text = whole(pages);
  expect(text).toContain('Nord Package');
  for (const title of ['Membres par grappe', 'Emplois par secteur']) expect(text).toContain(title);
  expect(text).toContain(`Adresse de cette page : ${page.url()}`);
  expect(text).not.toContain('Exporter');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const employment = pageOf(pages, 'Emplois par secteur Emplois ou salariés')!;
  expect(pages[employment - 1].text).toContain('Métropole lilloise seulement');
  expect(pages[employment - 1].text).toContain("Source : « Sept nouvelles");
});
