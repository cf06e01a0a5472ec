// Exports: every chart's "Exporter" menu gives print-ready files that carry their title and source.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { RENDER_QUEUE, RENDER_THREADS } from '../lib/export/render-pool';
import { dataset, waitForHydration } from './support';

// One after the other, in one worker: the burst below fills the server's render queue, which would
// turn away the PNG and PDF downloads of the other tests if they ran meanwhile.
test.describe.configure({ mode: 'default' });

type Downloaded = { name: string; bytes: Buffer };

/** Opens the chart's "Exporter" menu and returns the link of one choice. */
async function exportLink(page: Page, chartTitle: string, choice: RegExp) {
  const figure = page.getByRole('figure', { name: chartTitle });
  await figure.getByText('Exporter', { exact: false }).first().click();
  const link = figure.getByRole('link', { name: choice });
  await expect(link).toBeVisible();
  return link;
}

async function exportFrom(page: Page, chartTitle: string, choice: RegExp): Promise<Downloaded> {
  const link = await exportLink(page, chartTitle, choice);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  // Choosing closes the menu.
  await expect(link).toBeHidden();
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

type PngStats = {
  width: number;
  height: number;
  inked: number;
  darkInTitle: number;
  darkInSource: number;
  seeThrough: number;
  /** The share of light pixels (each channel above 200), and the top-left pixel's colour. */
  light: number;
  corner: [number, number, number];
};

/** Decodes a PNG in the browser and counts its pixels: inked (not white), light, and dark ones in the title and source bands. */
async function pngStats(page: Page, bytes: Buffer): Promise<PngStats> {
  return page.evaluate(async (base64) => {
    // Decoded from bytes, not fetched: the page's Content-Security-Policy allows no data: fetch.
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const zoom = width / 600; // the picture is 600 units wide
    let inked = 0;
    let darkInTitle = 0;
    let darkInSource = 0;
    let seeThrough = 0;
    let light = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (data[i + 3] === 0) seeThrough++;
        if (data[i + 3] === 0) continue;
        if (r < 245 || g < 245 || b < 245) inked++;
        if (r > 200 && g > 200 && b > 200) light++;
        if (r < 80 && g < 80 && b < 80) {
          if (y >= 24 * zoom && y <= 56 * zoom) darkInTitle++;
          // The source line, above the context's sources (grey) and the stamp.
          if (y >= height - 140 * zoom && y <= height - 36 * zoom) darkInSource++;
        }
      }
    }
    const corner: [number, number, number] = [data[0], data[1], data[2]];
    return { width, height, inked: inked / (width * height), darkInTitle, darkInSource, seeThrough: seeThrough / (width * height), light: light / (width * height), corner };
  }, bytes.toString('base64'));
}

const today = () => new Date().toLocaleDateString('sv-SE');
/** Today in Paris, as the server dates a page's export links and an undated export. */
const todayInParis = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
const PRINT_SIZES = ['1 colonne · 46 mm · 543 px', '2 colonnes · 96 mm · 1 134 px', '3 colonnes · 146 mm · 1 724 px', 'Pleine largeur A4 · 170 mm · 2 008 px'];

/** The resolution a PNG's pHYs chunk gives, in dots per inch. */
function pngDpi(png: Buffer): number {
  const phys = png.indexOf('pHYs');
  expect(phys).toBeGreaterThan(0);
  expect(png[phys + 12]).toBe(1); // per metre
  return Math.round(png.readUInt32BE(phys + 4) * 0.0254);
}

async function pdfPageSize(bytes: Buffer): Promise<{ width: number; height: number; text: string }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const page = await pdf.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  return { width, height, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') };
}
const MEMBERS = 'Membres par grappe';
const EMPLOYMENT = 'Emplois par secteur';

test.describe('from the overview', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page.getByRole('figure', { name: MEMBERS }).getByText('Exporter').first());
  });

  test('a web PNG is 1 200 px wide, not blank, with its title and source drawn', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /^PNG pour le web \(1 200/);
    expect(file.name).toBe(`grappes-membres-${today()}.png`);
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const stats = await pngStats(page, file.bytes);
    expect(stats.width).toBe(1200);
    expect(stats.height).toBeGreaterThan(1000);
    expect(stats.inked).toBeGreaterThan(0.03);
    expect(stats.darkInTitle).toBeGreaterThan(2000);
    expect(stats.darkInSource).toBeGreaterThan(1000);
  });

  test('the dark web PNG is the same picture on a dark ground, named as such', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /^PNG pour le web, fond sombre/);
    expect(file.name).toBe(`grappes-membres-sombre-${today()}.png`);
    const { width, corner, light } = await pngStats(page, file.bytes);
    expect(width).toBe(1200);
    for (const channel of corner) expect(channel).toBeLessThan(60);
    // Light ink on the dark ground: the title, labels and source, a few per cent of the pixels.
    expect(light).toBeGreaterThan(0.005);
    expect(light).toBeLessThan(0.3);
  });

  test('the menu offers the print sizes in millimetres and pixels, at 300 dpi', async ({ page }) => {
    const figure = page.getByRole('figure', { name: MEMBERS });
    await figure.getByText('Exporter').first().click();
    await expect(figure.getByText("Pour l'impression, 300 dpi")).toBeVisible();
    for (const size of PRINT_SIZES) {
      await expect(figure.getByText(size.replace(/ (mm|px)/g, '\u00a0$1').replace(/(\d) (\d{3})/g, '$1\u00a0$2'), { exact: true })).toBeVisible();
      for (const choice of ['PNG', 'PNG sans fond', 'PDF']) {
        await expect(figure.getByRole('link', { name: new RegExp(`^${choice} · ${size.split(' · ')[0]} `) })).toBeVisible();
      }
    }
  });

  test('a two-column print PNG is 1 134 px wide, marked 300 dpi, at the web PNG’s proportions', async ({ page }) => {
    const web = await pngStats(page, (await exportFrom(page, EMPLOYMENT, /^PNG pour le web \(1 200/)).bytes);
    const print = await exportFrom(page, EMPLOYMENT, /^PNG · 2 colonnes/);
    expect(print.name).toBe(`grappes-emplois-2-colonnes-${today()}.png`);
    expect(pngDpi(print.bytes)).toBe(300);
    const stats = await pngStats(page, print.bytes);
    expect(stats.width).toBe(1134);
    expect(Math.abs(stats.height - (web.height * 1134) / 1200)).toBeLessThanOrEqual(2);
    expect(stats.seeThrough).toBe(0);
    expect(stats.darkInTitle).toBeGreaterThan(0.8 * 2000);
  });

  test('a print PNG without background lets the page show through, around the same ink', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /^PNG sans fond · Pleine largeur A4/);
    expect(file.name).toBe(`grappes-membres-a4-transparent-${today()}.png`);
    expect(pngDpi(file.bytes)).toBe(300);
    const stats = await pngStats(page, file.bytes);
    expect(stats.width).toBe(2008);
    expect(stats.seeThrough).toBeGreaterThan(0.5);
    expect(stats.darkInTitle).toBeGreaterThan(2.5 * 2000);
  });

  test('a print PDF is a page of the printed width: 96 mm is 272 pt', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /^PDF · 2 colonnes/);
    expect(file.name).toBe(`grappes-membres-2-colonnes-${today()}.pdf`);
    const pdf = await pdfPageSize(file.bytes);
    expect(pdf.width).toBeCloseTo((96 * 72) / 25.4, 1);
    expect(pdf.text).toContain(MEMBERS);
  });

  test('a width of one’s own, typed in mm, gives a PNG of that printed width at 300 dpi, of this view', async ({ page, request }) => {
    await page.goto('/?secteur=plasturgie,emballage');
    const figure = page.getByRole('figure', { name: EMPLOYMENT });
    await waitForHydration(figure.getByText('Exporter').first());
    await figure.getByText('Exporter').first().click();
    const width = figure.getByRole('textbox', { name: 'Largeur libre, 300 dpi' });
    await expect(width).toHaveAccessibleDescription(/En mm \(de 20 à 400\) ou en px \(de 200 à 4\s800\)/);
    await width.fill('120mm');
    const [tab] = await Promise.all([page.waitForEvent('popup'), figure.getByRole('button', { name: 'PNG à cette largeur' }).click()]);
    const url = new URL(tab.url());
    expect(url.pathname).toBe('/export/emplois.png');
    expect(Object.fromEntries(url.searchParams)).toEqual({ largeur: '120mm', secteur: 'plasturgie,emballage', date: today() });
    const file = await (await request.get(url.pathname + url.search)).body();
    expect(pngDpi(file)).toBe(300);
    // 120 mm at 300 dpi: 1 417 px.
    expect((await pngStats(page, file)).width).toBe(Math.round((120 / 25.4) * 300));
    await tab.close();
  });

  test('a width past the bounds is refused by the server in words', async ({ page }) => {
    const figure = page.getByRole('figure', { name: MEMBERS });
    await figure.getByText('Exporter').first().click();
    await figure.getByRole('textbox', { name: 'Largeur libre, 300 dpi' }).fill('900mm');
    const [tab] = await Promise.all([page.waitForEvent('popup'), figure.getByRole('button', { name: 'PDF à cette largeur' }).click()]);
    await expect(tab.locator('body')).toContainText('largeur « 900mm » hors limites : un entier de 20 à 400 suivi de mm');
    expect(new URL(tab.url()).pathname).toBe('/export/membres.pdf');
    await tab.close();
  });

  test('the SVG parses as XML, with its title, its source line, its fonts and one shape per bar', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /^SVG vectoriel, pour/);
    expect(file.name).toBe(`grappes-membres-${today()}.svg`);
    const text = file.bytes.toString('utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        bars: doc.querySelectorAll('[data-bar] > rect').length,
        fontFaces: (doc.querySelector('style')?.textContent?.match(/@font-face/g) ?? []).length,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain(MEMBERS);
    expect(parsed.texts.join(' ').replace(/\u00a0/g, ' ')).toContain("Source : « Sept nouvelles « grappes d'entreprises » », J.-M. P.");
    expect(parsed.bars).toBe(6);
    expect(parsed.fontFaces).toBe(4);
    expect(text).not.toContain('var(--');
    expect(text).not.toContain('dominant-baseline');
  });

  test('the SVG with outlined text holds no text to lay out, each line a group of outlines named by it', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /SVG texte vectorisé/);
    expect(file.name).toBe(`grappes-membres-vectorise-${today()}.svg`);
    const text = file.bytes.toString('utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: doc.querySelectorAll('text').length,
        fontFaces: doc.querySelectorAll('style').length,
        lines: [...doc.querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')),
        paths: doc.querySelectorAll('g[aria-label] path').length,
      };
    }, text);
    expect(parsed).toMatchObject({ error: null, texts: 0, fontFaces: 0 });
    expect(parsed.lines).toContain(MEMBERS);
    expect(parsed.lines).toContain('80');
    expect(parsed.paths).toBeGreaterThan(1000);
  });

  test('the PDF is a vector PDF whose text holds the title and the source', async ({ page }) => {
    const file = await exportFrom(page, MEMBERS, /^PDF vectoriel/);
    expect(file.name).toBe(`grappes-membres-${today()}.pdf`);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(file.bytes), disableFontFace: true, useSystemFonts: false }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain(MEMBERS);
    expect(text).toContain('Source :');
    expect(text).toContain('J.-M. P.');
  });

  test('the CSV holds exactly the rows shown under the active filter', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Plasturgie' }).check();
    await page.getByRole('checkbox', { name: 'Emballage, papier et carton' }).check();
    await expect(page).toHaveURL(/secteur=plasturgie,emballage/);
    // Export links follow the address bar; wait for the filtered view too, whose bars are counted below.
    await expect(page.getByText(/^\d+ grappes? sur \d+$/)).toHaveText('2 grappes sur 9');
    const file = await exportFrom(page, MEMBERS, /CSV/);
    expect(file.name).toBe(`grappes-membres-plasturgie-emballage-${today()}.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = file.bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    const shown = await page.getByRole('figure', { name: MEMBERS }).locator('[data-bar]').filter({ visible: true }).count();
    expect(rows).toHaveLength(1 + shown);
    expect(rows.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ['Action Plasturgie Artois Flandres', '60'],
      ['Nord Package', '11'],
    ]);
  });

  test('the filtered picture says its filter in the subtitle', async ({ page, request }) => {
    await page.getByRole('checkbox', { name: 'Plasturgie' }).check();
    await expect(page).toHaveURL(/secteur=plasturgie/);
    await expect(page.getByText(/^\d+ grappes? sur \d+$/)).toHaveText('1 grappe sur 9');
    const link = await exportLink(page, EMPLOYMENT, /^SVG vectoriel, pour/);
    const svg = await (await request.get((await link.getAttribute('href'))!)).text();
    // What a reader of the picture sees: its lines of text, read one after the other.
    const lines = [...svg.matchAll(/>([^<>]*)<\/text>/g)].map((m) => m[1].replace(/\u00a0/g, ' '));
    expect(lines.join(' ')).toContain('Secteurs : plasturgie');
  });

  test('the menu works with the keyboard', async ({ page }) => {
    const figure = page.getByRole('figure', { name: MEMBERS });
    await figure.getByText('Exporter').first().focus();
    await page.keyboard.press('Enter');
    const png = figure.getByRole('link', { name: /^PNG pour le web \(1 200/ });
    await expect(png).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(png).toBeFocused();
  });
});

test('a cluster page exports its charts with the cluster picked out, its CSV saying which row it is', async ({ page, request }) => {
  const cluster = dataset.clusters.find((c) => c.slug === 'nord-package')!;
  await page.goto(`/grappes/${cluster.slug}`);
  await waitForHydration(page.getByRole('figure', { name: MEMBERS }).getByText('Exporter').first());
  const file = await exportFrom(page, MEMBERS, /CSV/);
  expect(file.name).toBe(`grappes-membres-nord-package-${today()}.csv`);
  const rows = file.bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
  expect(rows[0].at(-1)).toBe('grappe_de_la_page');
  expect(rows.filter((row) => row.at(-1) === 'oui').map((row) => row[1])).toEqual([cluster.name]);
  const overview = await (await request.get(`/export/membres.csv?date=${today()}`)).body();
  expect(overview.equals(file.bytes)).toBe(false);
  const href = await (await exportLink(page, MEMBERS, /^SVG vectoriel, pour/)).getAttribute('href');
  expect(href).toContain('grappe=nord-package');
  const svg = await (await request.get(href!)).text();
  expect(svg).toMatch(/data-bar="nord-package"><defs><\/defs><text[^>]*font-weight="700"/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [where, path] of [
    ['the overview', '/?secteur=plasturgie'],
    ['a cluster page', '/grappes/nord-package'],
  ]) {
    test(`${where}'s export links are complete in the server's HTML, dated today`, async ({ page, request }) => {
      await page.goto(path);
      const figure = page.getByRole('figure', { name: MEMBERS });
      await figure.getByText('Exporter').first().click();
      const links = figure.getByRole('link', { name: /^(PNG|SVG|PDF|CSV)/ });
      // The web PNG, light and dark; each print size as PNG, PNG without background and PDF; both SVGs, the PDF and the CSV.
      expect(await links.count()).toBe(2 + 4 * 3 + 4);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href).toMatch(new RegExp(`[?&]date=${todayInParis()}$`));
      }
      const csv = await figure.getByRole('link', { name: /CSV/ }).getAttribute('href');
      const answer = await request.get(csv!);
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-disposition']).toContain(`-${todayInParis()}.csv`);
    });
  }
});

test.describe('export URLs', () => {
  test('are stable and cacheable', async ({ request }) => {
    const first = await request.get('/export/membres.png?secteur=plasturgie&echelle=3&date=2026-11-28');
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    expect(first.headers()['cache-control']).toMatch(/max-age=\d{5,}/);
    const again = await request.get('/export/membres.png?secteur=plasturgie&echelle=3&date=2026-11-28');
    expect((await again.body()).equals(await first.body())).toBe(true);
    const revalidated = await request.get('/export/membres.png?secteur=plasturgie&echelle=3&date=2026-11-28', {
      headers: { 'If-None-Match': first.headers()['etag'] },
    });
    expect(revalidated.status()).toBe(304);
  });

  test('without a date give today’s file, which a cache must check again', async ({ request }) => {
    const answer = await request.get('/export/membres.svg?texte=vectorise');
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-disposition']).toBe(`inline; filename="grappes-membres-vectorise-${todayInParis()}.svg"`);
    expect(answer.headers()['cache-control']).toBe('public, no-cache');
    const dated = await request.get(`/export/membres.svg?texte=vectorise&date=${todayInParis()}`);
    expect(dated.headers()['etag']).toBe(answer.headers()['etag']);
    expect(dated.headers()['cache-control']).toMatch(/max-age=\d{5,}/);
  });

  test('at a custom printed width, give the pixels and the page that width', async ({ request }) => {
    const png = await (await request.get('/export/emplois.png?largeur=120mm&date=2026-11-28')).body();
    expect(png.readUInt32BE(16)).toBe(1417);
    expect(pngDpi(png)).toBe(300);
    const pdf = await pdfPageSize(await (await request.get('/export/emplois.pdf?largeur=1500px&date=2026-11-28')).body());
    expect(pdf.width).toBeCloseTo((1500 / 300) * 72, 1);
  });

  test('refuse bad input before rendering anything', async ({ request }) => {
    const cases: Array<[string, number, RegExp]> = [
      ['/export/inconnu.png', 404, /graphique inconnu/],
      ['/export/membres.gif', 400, /format inconnu/],
      ['/export/membres.png?echelle=0', 400, /échelle/],
      ['/export/membres.png?echelle=5', 400, /échelle/],
      ['/export/membres.png?echelle=100000', 400, /échelle/],
      ['/export/membres.png?echelle=2.5', 400, /échelle/],
      ['/export/membres.png?date=demain', 400, /date/],
      ['/export/membres.svg?grappe=inconnue', 404, /grappe inconnue/],
      ['/export/membres.png?impression=tabloid', 400, /^impression « tabloid » inconnue/],
      ['/export/membres.png?largeur=5000px', 400, /^largeur « 5000px » hors limites/],
      ['/export/membres.pdf?largeur=10mm', 400, /^largeur « 10mm » hors limites/],
      ['/export/membres.svg?impression=a4', 400, /^impression ne vaut que pour le PNG et le PDF/],
      ['/export/membres.pdf?fond=transparent', 400, /^fond/],
      ['/export/membres.png?texte=vectorise', 400, /^texte/],
    ];
    for (const [url, status, message] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      expect((await response.json()).error.message, url).toMatch(message);
    }
  });

  test('treat unknown sectors as the pages do: dropped', async ({ request }) => {
    const response = await request.get('/export/membres.csv?secteur=plasturgie,aeronautique');
    expect(response.status()).toBe(200);
    expect((await response.text()).trimEnd().split('\r\n')).toHaveLength(2);
  });
});

test.describe('under a burst of new print PNGs', () => {
  test('each answer is a PNG or a quick 503 with Retry-After, and pages keep answering', async ({ request }) => {
    // More than the render threads and their queue hold, each URL new (a date of its own, from a
    // random day since 2011, so that a second run misses the cache too).
    const burst = RENDER_THREADS + RENDER_QUEUE + 6;
    const firstDay = Date.UTC(2011, 0, 1) + Math.floor(Math.random() * 4000) * 86_400_000;
    const urls = Array.from({ length: burst }, (_, i) => {
      const date = new Date(firstDay + i * 86_400_000).toISOString().slice(0, 10);
      return `/export/membres.png?echelle=3&date=${date}`;
    });
    const answers = Promise.all(urls.map((url) => request.get(url, { timeout: 60_000 })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const overview = await request.get('/', { timeout: 10_000 });
    expect(overview.status()).toBe(200);

    const statuses: number[] = [];
    for (const [i, answer] of (await answers).entries()) {
      statuses.push(answer.status());
      if (answer.status() === 200) {
        const png = await answer.body();
        expect([...png.subarray(0, 8)], urls[i]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.readUInt32BE(16), urls[i]).toBe(3600);
        expect(png.subarray(-8, -4).toString('latin1'), urls[i]).toBe('IEND');
      } else {
        expect(answer.status(), urls[i]).toBe(503);
        expect(answer.headers()['retry-after'], urls[i]).toMatch(/^[1-9]\d?$/);
        expect(answer.headers()['cache-control'], urls[i]).toBe('no-store');
        expect((await answer.json()).error).toMatchObject({ status: 503, message: expect.stringMatching(/réessayez/) });
      }
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(RENDER_THREADS);
    expect(statuses).toContain(503);
  });
});
