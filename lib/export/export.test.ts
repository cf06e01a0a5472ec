import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { employmentChartSpec } from '../view/charts/employment';
import { membersChartSpec } from '../view/charts/members';
import { readDatasetFile } from '../data/load';
import { addYears, todayInParis } from '../format/iso-date';
import { composeCaptionedChart, escapeXml, wrapText } from './captioned-svg';
import { contextSourcesLine } from '../view/source-line';
import { altTextFile } from './alt-text-file';
import { chartCsv } from './chart-csv';
import { measureText } from './fonts';
import { encodePng } from './render-worker.cjs';
import { exportSpec } from './produce';
import { presetSize } from './print-sizes';
import { exportFileName, parseExportRequest } from './request';
import { exportUrl } from '../url/paths';
import { syntheticDataset } from '../synthetic/generator';

const dataset = readDatasetFile('data/clusters.json');
const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };

describe('parseExportRequest', () => {
  /** Today in Paris, for the tests: the last date allowed is then 2027-12-01. */
  const TODAY = '2026-12-01';

  it('reads a chart, a format, a scale, a filter and a date', () => {
    expect(parseExportRequest('membres.png', { secteur: 'emballage,plasturgie', echelle: '3', date: '2026-11-28' }, known, TODAY)).toEqual({
      ok: true,
      request: { chart: 'membres', format: 'png', scale: 3, print: null, transparent: false, outlined: false, dark: false, sectors: ['plasturgie', 'emballage'], highlight: null, date: '2026-11-28' },
    });
  });

  it('reads a print size, a transparent background and outlined text', () => {
    const png = parseExportRequest('membres.png', { impression: '2-colonnes', fond: 'transparent' }, known, TODAY);
    expect(png).toMatchObject({ ok: true, request: { print: { id: '2-colonnes', widthMm: 96, widthPx: 1134 }, transparent: true, scale: 1 } });
    expect(parseExportRequest('membres.pdf', { largeur: '120mm' }, known, TODAY)).toMatchObject({ ok: true, request: { print: { id: '120mm', widthPx: 1417 } } });
    expect(parseExportRequest('membres.svg', { texte: 'vectorise' }, known, TODAY)).toMatchObject({ ok: true, request: { outlined: true, print: null } });
  });

  it('reads the dark theme for a picture, with any other parameter', () => {
    for (const file of ['membres.png', 'membres.svg', 'emplois.pdf']) {
      expect(parseExportRequest(file, { theme: 'sombre' }, known, TODAY), file).toMatchObject({ ok: true, request: { dark: true } });
    }
    const print = parseExportRequest('membres.png', { theme: 'sombre', impression: 'a4', fond: 'transparent' }, known, TODAY);
    expect(print).toMatchObject({ ok: true, request: { dark: true, transparent: true, print: { id: 'a4' } } });
    expect(parseExportRequest('membres.png', {}, known, TODAY)).toMatchObject({ ok: true, request: { dark: false } });
  });

  it('dates a link without a date today, in Paris', () => {
    expect(parseExportRequest('membres.csv', {}, known, TODAY)).toMatchObject({ ok: true, request: { date: TODAY } });
    expect(parseExportRequest('membres.csv', {}, known)).toMatchObject({ ok: true, request: { date: todayInParis() } });
  });

  it.each<[string, Record<string, string>, number, RegExp]>([
    ['inconnu.png', {}, 404, /graphique inconnu/],
    ['membres', {}, 404, /graphique inconnu/],
    ['membres.gif', {}, 400, /format inconnu « gif »/],
    ['membres.png', { echelle: '0' }, 400, /échelle « 0 » hors limites/],
    ['membres.png', { echelle: '5' }, 400, /hors limites/],
    ['membres.png', { echelle: '99999999' }, 400, /hors limites/],
    ['membres.png', { echelle: '2.5' }, 400, /hors limites/],
    ['membres.png', { echelle: 'NaN' }, 400, /hors limites/],
    ['membres.png', { date: '2026-02-30' }, 400, /^date « 2026-02-30 » invalide : une date AAAA-MM-JJ du 2011-01-01 au 2027-12-01$/],
    ['membres.png', { date: '2026-13-01' }, 400, /^date « 2026-13-01 » invalide : une date AAAA-MM-JJ du 2011-01-01 au 2027-12-01$/],
    ['membres.png', { date: '0000-01-01' }, 400, /^date « 0000-01-01 » invalide : une date AAAA-MM-JJ du 2011-01-01 au 2027-12-01$/],
    ['membres.png', { date: '2010-12-31' }, 400, /^date « 2010-12-31 » invalide : une date AAAA-MM-JJ du 2011-01-01 au 2027-12-01$/],
    ['membres.png', { date: '2027-12-02' }, 400, /^date « 2027-12-02 » invalide : une date AAAA-MM-JJ du 2011-01-01 au 2027-12-01$/],
    ['membres.png', { date: '9999-99-99' }, 400, /^date « 9999-99-99 » invalide/],
    ['membres.png', { date: 'demain' }, 400, /^date « demain » invalide/],
    ['membres.png', { grappe: 'inconnue' }, 404, /grappe inconnue/],
    ['membres.png', { impression: '4-colonnes' }, 400, /^impression « 4-colonnes » inconnue : 1-colonne, 2-colonnes, 3-colonnes, a4$/],
    ['membres.png', { largeur: '19mm' }, 400, /^largeur « 19mm » hors limites : un entier de 20 à 400 suivi de mm, ou de 200 à 4\u00a0800 suivi de px$/],
    ['membres.png', { largeur: '401mm' }, 400, /^largeur « 401mm » hors limites/],
    ['membres.png', { largeur: '4801px' }, 400, /^largeur « 4801px » hors limites/],
    ['membres.png', { largeur: '199px' }, 400, /^largeur « 199px » hors limites/],
    ['membres.png', { largeur: '96' }, 400, /^largeur « 96 » hors limites/],
    ['membres.png', { largeur: '9,5mm' }, 400, /^largeur « 9,5mm » hors limites/],
    ['membres.png', { impression: 'a4', largeur: '96mm' }, 400, /^impression et largeur ne vont pas ensemble/],
    ['membres.png', { impression: 'a4', echelle: '3' }, 400, /^échelle et taille d’impression ne vont pas ensemble/],
    ['membres.svg', { impression: 'a4' }, 400, /^impression ne vaut que pour le PNG et le PDF$/],
    ['membres.csv', { largeur: '96mm' }, 400, /^largeur ne vaut que pour le PNG et le PDF$/],
    ['membres.pdf', { fond: 'transparent' }, 400, /^fond « transparent » invalide : fond=transparent, pour le PNG seulement$/],
    ['membres.png', { fond: 'blanc' }, 400, /^fond « blanc » invalide/],
    ['membres.png', { texte: 'vectorise' }, 400, /^texte « vectorise » invalide : texte=vectorise, pour le SVG seulement$/],
    ['membres.svg', { texte: 'oui' }, 400, /^texte « oui » invalide/],
    ['membres.png', { theme: 'noir' }, 400, /^theme « noir » invalide : theme=sombre, pour le PNG, le SVG et le PDF$/],
    ['membres.png', { theme: 'clair' }, 400, /^theme « clair » invalide/],
    ['membres.pdf', { theme: 'SOMBRE' }, 400, /^theme « SOMBRE » invalide/],
    ['membres.svg', { theme: '' }, 400, /^theme «  » invalide/],
    ['membres.csv', { theme: 'sombre' }, 400, /^theme « sombre » invalide : theme=sombre, pour le PNG, le SVG et le PDF$/],
  ])('refuses %s %j with %d before any rendering', (file, query, status, message) => {
    const parsed = parseExportRequest(file, query, known, TODAY);
    expect(parsed).toMatchObject({ ok: false, status });
    expect(parsed.ok ? '' : parsed.message).toMatch(message);
  });

  it('accepts a date from the 1st of January 2011 to a year after today', () => {
    for (const date of ['2011-01-01', '2024-02-29', TODAY, '2027-12-01']) {
      expect(parseExportRequest('membres.png', { date }, known, TODAY)).toMatchObject({ ok: true, request: { date } });
    }
  });

  it('counts today in Paris when no day is given', () => {
    const today = todayInParis();
    expect(parseExportRequest('membres.png', { date: addYears(today, 1) }, known)).toMatchObject({ ok: true });
    expect(parseExportRequest('membres.png', { date: addYears(today, 2) }, known)).toMatchObject({ ok: false, status: 400 });
  });

  it('drops unknown sectors, as the pages do', () => {
    const parsed = parseExportRequest('membres.csv', { secteur: 'plasturgie,aeronautique' }, known);
    expect(parsed.ok && parsed.request.sectors).toEqual(['plasturgie']);
  });
});

describe('export file names and URLs', () => {
  const request = { chart: 'membres', format: 'png', scale: 1, sectors: ['plasturgie'], highlight: null, date: '2026-11-28' } as const;

  it('say what is inside', () => {
    expect(exportFileName({ ...request, sectors: [...request.sectors] })).toBe('grappes-membres-plasturgie-2026-11-28.png');
    expect(exportFileName({ ...request, sectors: [], scale: 3 })).toBe('grappes-membres-x3-2026-11-28.png');
    expect(exportFileName({ ...request, sectors: [], format: 'csv', highlight: 'nord-package', date: null })).toBe('grappes-membres-nord-package.csv');
    expect(exportFileName({ ...request, sectors: [], print: presetSize('3-colonnes'), transparent: true })).toBe('grappes-membres-3-colonnes-transparent-2026-11-28.png');
    expect(exportFileName({ ...request, sectors: [], format: 'svg', outlined: true })).toBe('grappes-membres-vectorise-2026-11-28.svg');
    expect(exportFileName({ ...request, sectors: [], transparent: true, dark: true })).toBe('grappes-membres-transparent-sombre-2026-11-28.png');
  });

  it('write print sizes as the parser reads them', () => {
    expect(exportUrl('membres', 'pdf', { print: presetSize('a4'), date: '2026-11-28' })).toBe('/export/membres.pdf?impression=a4&date=2026-11-28');
    const custom = parseExportRequest('membres.png', { largeur: '1500px' }, known);
    expect(custom.ok && exportUrl('membres', 'png', { print: custom.request.print, transparent: true })).toBe('/export/membres.png?largeur=1500px&fond=transparent');
    expect(exportUrl('membres', 'svg', { outlined: true, transparent: true, print: presetSize('a4') })).toBe('/export/membres.svg?texte=vectorise');
  });

  it('write the dark theme for pictures, never for the CSV', () => {
    const dark = { dark: true, date: '2026-11-28' };
    expect(exportUrl('membres', 'png', dark)).toBe('/export/membres.png?theme=sombre&date=2026-11-28');
    expect(exportUrl('membres', 'svg', { ...dark, outlined: true })).toBe('/export/membres.svg?texte=vectorise&theme=sombre&date=2026-11-28');
    expect(exportUrl('emplois', 'pdf', { ...dark, print: presetSize('a4') })).toBe('/export/emplois.pdf?impression=a4&theme=sombre&date=2026-11-28');
    expect(exportUrl('membres', 'csv', dark)).toBe('/export/membres.csv?date=2026-11-28');
    for (const format of ['png', 'svg', 'pdf'] as const) {
      const url = new URL(exportUrl('membres', format, dark), 'http://localhost');
      const parsed = parseExportRequest(url.pathname.slice('/export/'.length), Object.fromEntries(url.searchParams), known);
      expect(parsed, format).toMatchObject({ ok: true, request: { dark: true } });
    }
  });

  it('leave the defaults out of the URL', () => {
    expect(exportUrl('membres', 'png', {})).toBe('/export/membres.png');
    expect(exportUrl('emplois', 'png', { sectors: ['plasturgie', 'emballage'], scale: 3, date: '2026-11-28' })).toBe(
      '/export/emplois.png?secteur=plasturgie,emballage&echelle=3&date=2026-11-28',
    );
    expect(exportUrl('emplois', 'svg', { scale: 3, highlight: 'nord-package' })).toBe('/export/emplois.svg?grappe=nord-package');
  });
});

describe('chartCsv', () => {
  it('writes the bars, then the figures the article does not give', () => {
    const lines = chartCsv(membersChartSpec(dataset)).slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 6 + 3);
    expect(lines[1]).toMatch(/^Membres par grappe;Association des industries ferroviaires;;80;80;non;membres actifs · membres de la grappe;membres de la grappe;/);
    expect(lines[3]).toContain(';15;≈ 15;oui;');
    expect(lines[7]).toMatch(/^Membres par grappe;Pôle numérique régional;;;non communiqué;/);
  });

  it('says which row is the cluster page’s, so that its file differs from the overview’s', () => {
    const rows = (csv: string) => csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    const overview = rows(chartCsv(membersChartSpec(dataset)));
    const page = rows(chartCsv(membersChartSpec(dataset, { highlight: 'nord-package' })));
    expect(overview[0].at(-1)).toBe('grappe_de_la_page');
    expect(overview.slice(1).map((row) => row.at(-1))).toEqual(Array(overview.length - 1).fill(''));
    expect(page.filter((row) => row.at(-1) === 'oui').map((row) => [row[1], row[3]])).toEqual([['Nord Package', '11']]);
    // A cluster without a figure in the chart is picked out among the missing ones.
    const missing = rows(chartCsv(membersChartSpec(dataset, { highlight: 'pole-numerique-regional' })));
    expect(missing.filter((row) => row.at(-1) === 'oui').map((row) => [row[1], row[4]])).toEqual([['Pôle numérique régional', 'non communiqué']]);
  });

  it('writes numbers with plain spaces, which spreadsheets read', () => {
    expect(chartCsv(employmentChartSpec(dataset))).toContain(';11500;11 500;');
  });
});

describe('the text alternative file', () => {
  it('gives the title, the subtitle with its filter, the text alternative, the source and the day', () => {
    const text = altTextFile(exportSpec(dataset, { chart: 'membres', format: 'txt', scale: 1, sectors: ['plasturgie'], highlight: null, date: '2026-12-03' }), '2026-12-03');
    const lines = text.replace(/\u00a0/g, ' ').split('\n');
    expect(lines[0]).toBe('Membres par grappe');
    expect(lines[1]).toMatch(/Secteurs : plasturgie$/);
    expect(lines[3]).toBe('Texte alternatif :');
    expect(lines[4]).toBe('Diagramme en barres horizontales : nombre de membres de 1 grappe, secteurs : plasturgie. Membres de la grappe : Action Plasturgie Artois Flandres (60 industriels plasturgistes).');
    expect(lines[6]).toMatch(/^Source : « Sept nouvelles/);
    expect(lines[7]).toBe("Grappes d'entreprises · exporté le 3 décembre 2026");
  });

  it('is read from /export/membres.txt like the other formats, and refuses their options', () => {
    expect(parseExportRequest('emplois.txt', { grappe: 'nord-package', date: '2026-11-28' }, known, '2026-12-01')).toMatchObject({ ok: true, request: { format: 'txt', highlight: 'nord-package' } });
    expect(parseExportRequest('emplois.txt', { impression: 'a4' }, known, '2026-12-01')).toMatchObject({ ok: false, status: 400 });
    expect(exportUrl('emplois', 'txt', { sectors: ['plasturgie'], date: '2026-11-28' })).toBe('/export/emplois.txt?secteur=plasturgie&date=2026-11-28');
  });
});

describe('exportSpec', () => {
  it('filters and picks out a cluster as the page does', () => {
    const spec = exportSpec(dataset, { chart: 'emplois', format: 'svg', scale: 1, sectors: ['plasturgie', 'emballage'], highlight: 'nord-package', date: null });
    expect(spec.bars.map((b) => [b.key, b.highlighted])).toEqual([
      ['action-plasturgie-artois-flandres', false],
      ['nord-package', true],
    ]);
    expect(spec.subtitle).toContain('Secteurs : plasturgie, emballage, papier et carton');
  });
});

describe('composeCaptionedChart', () => {
  const spec = membersChartSpec(dataset);
  const captioned = composeCaptionedChart({ spec, chart: '<g data-bar="x"></g>', swatches: ['<svg width="28" height="14"></svg>', '<svg width="28" height="14"></svg>'], exportDate: '2026-11-28', measure: measureText });
  const lines = [...captioned.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it('prints the title first and the source and export date last', () => {
    expect(lines[0]).toBe('Membres par grappe');
    expect(lines.at(-1)).toBe('Grappes d&apos;entreprises · exporté le 28 novembre 2026');
    expect(lines.join(' ').replace(/\u00a0/g, ' ')).toContain('Source : « Sept nouvelles « grappes d&apos;entreprises » », J.-M. P.');
  });

  it('keeps every line inside the picture', () => {
    const texts = [...captioned.svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="([\d.]+)" font-family="([^"]*)" font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(texts).toHaveLength(lines.length);
    for (const [, x, size, family, weight, line] of texts) {
      const role = family.includes('Serif') ? 'serif' : weight === '600' ? 'sansSemibold' : 'sans';
      expect(Number(x) + measureText(line.replace(/&apos;/g, "'"), role, Number(size)), line).toBeLessThanOrEqual(600 - 24);
    }
    expect(captioned.width).toBe(600);
    expect(captioned.height).toBeGreaterThan(spec.height);
  });

  it('prints the context’s public sources as text under the source, each once', () => {
    const withContext = composeCaptionedChart({ spec, chart: '', swatches: [], exportDate: null, context: contextSourcesLine(dataset), measure: measureText });
    const text = [...withContext.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ').replace(/\u00a0/g, ' ');
    expect(text).toContain('Contexte : « Grappes d&apos;entreprises - 84 nouveaux lauréats sélectionnés » (villesdefrance.fr), « La Datar va lancer');
    expect(text).toContain('(banquedesterritoires.fr) et « Évaluation de la politique des grappes d&apos;entreprises (avril 2015) » (rapport d&apos;évaluation).');
    expect(text.match(/villesdefrance\.fr/g)).toHaveLength(1);
    expect(text.indexOf('Contexte :')).toBeGreaterThan(text.indexOf('Source :'));
  });

  it('prints a correction of the chart under it, before the legend', () => {
    const corrected = { ...dataset, corrections: [{ date: '2026-12-02', text: 'le nombre de membres de Nord Package est de 11, et non 12.', cluster: 'nord-package' }] };
    const correctedSpec = membersChartSpec(corrected);
    const svg = composeCaptionedChart({ spec: correctedSpec, chart: '', swatches: [], exportDate: null, measure: measureText }).svg;
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ').replace(/\u00a0/g, ' ');
    expect(text).toContain('Corrigé le 2 décembre 2026 : le nombre de membres de Nord Package est de 11, et non 12.');
    expect(text.indexOf('Corrigé le')).toBeLessThan(text.indexOf('Membres de la grappe — '));
    expect(lines.join(' ')).not.toContain('Corrigé');
    expect(chartCsv(correctedSpec)).toContain('Membres par grappe;Correction;;;"Corrigé le 2 décembre 2026 : le nombre de membres de Nord Package est de 11, et non 12.";');
  });

  it('lists what is missing, and says the approximation', () => {
    const text = lines.join(' ').replace(/\u00a0/g, ' ');
    expect(text).toContain("Sans chiffre dans l&apos;article : Pôle numérique régional : non communiqué");
    expect(text).toContain('≈ : chiffre approximatif');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, never at a no-break space', () => {
    const measure = (text: string) => text.length * 10;
    expect(wrapText('un deux trois quatre', 'sans', 10, 100, measure)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapText('vers le 22\u00a0janvier', 'sans', 10, 100, measure)).toEqual(['vers le', '22\u00a0janvier']);
  });
});

describe('escapeXml', () => {
  it('escapes markup from the dataset', () => {
    expect(escapeXml('<script>"x" & \'y\'</script>')).toBe('&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;');
  });
});

describe('encodePng', () => {
  it('writes a PNG whose header and pixels read back', () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
    const png = encodePng(2, 2, pixels, 300);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect([...raw]).toEqual([0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 255, 255, 255, 255, 255, 255]);
    expect(png.indexOf('pHYs')).toBeGreaterThan(0);
  });

  it('marks the resolution in a pHYs chunk that reads back as 300 dpi', () => {
    const png = encodePng(1, 1, new Uint8Array([0, 0, 0, 0]), 300);
    const phys = png.indexOf('pHYs');
    expect(png.readUInt32BE(phys - 4)).toBe(9);
    const [x, y, unit] = [png.readUInt32BE(phys + 4), png.readUInt32BE(phys + 8), png[phys + 12]];
    expect(unit).toBe(1); // per metre
    expect([Math.round(x * 0.0254), Math.round(y * 0.0254)]).toEqual([300, 300]);
    // Before the pixels, as the PNG specification asks.
    expect(phys).toBeLessThan(png.indexOf('IDAT'));
  });

  it('refuses pixels that do not fill the picture', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/expected 16 bytes/);
  });
});

describe('exports of a national-size dataset', () => {
  const national = syntheticDataset(1000, 1);
  const request = { chart: 'membres', format: 'svg', scale: 1, sectors: [], highlight: null, date: null } as const;

  it('draw the same top bars as the page, and print the others in words', () => {
    const spec = exportSpec(national, { ...request, sectors: [] });
    expect(spec.bars).toHaveLength(15);
    const captioned = composeCaptionedChart({ spec, chart: '', swatches: spec.legend.map(() => '<svg width="28" height="14"></svg>'), exportDate: null, measure: measureText });
    const text = [...captioned.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ').replace(/\u00a0/g, ' ');
    expect(text).toContain('Autres : 985 grappes');
    expect(text).toContain("235 grappes sans chiffre de membres dans l&apos;article.");
    expect(captioned.height).toBeLessThan(2000);
  });

  it('write the drawn bars, then the others as words, in the CSV', () => {
    const lines = chartCsv(exportSpec(national, { ...request, sectors: [], format: 'csv' })).slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 15 + 2);
    expect(lines[16]).toMatch(/^Membres par grappe;Autres : 985 grappes;;;"Non dessinées : 681 grappes avec un chiffre « membres de la grappe »/);
    expect(lines[17]).toMatch(/;235 grappes sans chiffre de membres dans l'article\.;/);
  });

  it('give the rank of a picked-out cluster beyond the top bars', () => {
    const spec = exportSpec(national, { ...request, sectors: [], highlight: 'grappe-synthetique-0500' });
    expect(chartCsv(spec)).toContain('membres actifs · membres de la grappe · 131e sur 696 de ce périmètre');
  });
});
