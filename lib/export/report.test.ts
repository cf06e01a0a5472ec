import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { decodePng } from './testing/decode-png';
import { reportFileNames, reportIndexHtml, reportIndexMarkdown, reportPermalink, reportZipName } from './report';
import { reportUrl } from '../url/paths';
import { parseReportRequest } from './report-request';
import { produceReport, zipReport } from './report-zip';

const dataset = readDatasetFile('data/clusters.json');
const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };
const env = { SITE_URL: 'https://data.journal.fr/grappes/' };
const NBSP = /\u00a0/g;

const CHART_FILES = ['.png', '-impression.png', '.svg', '.pdf', '.csv', '.txt'];
const EXPECTED = [...CHART_FILES.map((f) => `membres${f}`), ...CHART_FILES.map((f) => `emplois${f}`), 'index.html', 'index.md'];

describe('the report’s files', () => {
  it('have stable French names, whatever the view and the day', () => {
    expect(reportFileNames({ sectors: [], highlight: null, date: '2026-12-03' })).toEqual(EXPECTED);
    expect(reportFileNames({ sectors: ['plasturgie'], highlight: null, date: '2011-01-21' })).toEqual(EXPECTED);
  });

  it('for the CLI, add the other print sizes and the outlined SVG under the same kind of name', () => {
    const names = reportFileNames({ sectors: [], highlight: null, date: '2026-12-03' }, { every: true });
    expect(names.filter((n) => n.startsWith('membres'))).toEqual([
      'membres.png',
      'membres-impression.png',
      'membres-impression-1-colonne.png',
      'membres-impression-3-colonnes.png',
      'membres-impression-a4.png',
      'membres.svg',
      'membres-vectorise.svg',
      'membres.pdf',
      'membres.csv',
      'membres.txt',
    ]);
    expect(names.slice(-2)).toEqual(['index.html', 'index.md']);
  });

  it('come in a ZIP named by its view and day', () => {
    expect(reportZipName({ sectors: ['plasturgie', 'emballage'], highlight: null, date: '2026-12-03' })).toBe('grappes-rapport-plasturgie-emballage-2026-12-03.zip');
    expect(reportZipName({ sectors: [], highlight: 'nord-package', date: '2026-12-03' })).toBe('grappes-rapport-nord-package-2026-12-03.zip');
  });
});

describe('the report’s index', () => {
  const view = { sectors: ['plasturgie'], highlight: null, date: '2026-12-03' };
  const md = reportIndexMarkdown(dataset, view, { env }).replace(NBSP, ' ');

  it('gives the day in French, the view and the page’s absolute address', () => {
    expect(md.split('\n').slice(0, 7)).toEqual([
      "# Grappes d'entreprises : graphiques exportés le 3 décembre 2026",
      '',
      'Secteurs : plasturgie.',
      '',
      'Page : <https://data.journal.fr/grappes/?secteur=plasturgie>',
      '',
      'Exporté le 3 décembre 2026.',
    ]);
  });

  it('gives each chart its title, subtitle, text alternative, files, notes and source', () => {
    expect(md).toContain('## Membres par grappe');
    expect(md).toContain('## Emplois par secteur');
    expect(md).toContain('Texte alternatif : Diagramme en barres horizontales : nombre de membres de 1 grappe, secteurs : plasturgie.');
    expect(md).toContain("- Image pour l'impression (PNG, 300 dpi, 2 colonnes · 96 mm · 1 134 px) : `membres-impression.png`");
    expect(md).toContain('- Texte alternatif (TXT, UTF-8) : `emplois.txt`');
    expect(md.match(/^Source : « Sept nouvelles/gm)).toHaveLength(2);
    expect(md).toMatch(/^Contexte : « /m);
  });

  it('of a cluster page links to that page', () => {
    const page = { sectors: [], highlight: 'nord-package', date: '2026-12-03' };
    expect(reportPermalink(dataset, page, env)).toBe('https://data.journal.fr/grappes/grappes/nord-package');
    expect(reportIndexMarkdown(dataset, page, { env })).toContain('Page de la grappe Nord Package, mise en évidence parmi les autres.');
    expect(reportPermalink(dataset, { ...page, highlight: null }, env)).toBe('https://data.journal.fr/grappes/');
  });

  it('in HTML shows each web PNG with its text alternative, escaped', () => {
    const html = reportIndexHtml(dataset, view, { env });
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<a href="https://data.journal.fr/grappes/?secteur=plasturgie">');
    expect(html).toMatch(/<img src="membres.png" alt="Diagramme en barres horizontales : nombre de membres de 1 grappe, secteurs : plasturgie\. [^"]*"/);
    expect(html).toContain('<a href="emplois.csv">emplois.csv</a>');
    expect(html).toContain('Sept nouvelles « grappes d&apos;entreprises »');
    expect(html).not.toMatch(/<[^>]*'[^>]*>/);
  });
});

describe('parseReportRequest', () => {
  const TODAY = '2026-12-03';
  it('reads a filter or a cluster, and a date (today’s when none)', () => {
    expect(parseReportRequest({ secteur: 'emballage,plasturgie', date: '2026-11-28' }, known, TODAY)).toEqual({ ok: true, view: { sectors: ['plasturgie', 'emballage'], highlight: null, date: '2026-11-28' }, dated: true });
    expect(parseReportRequest({ grappe: 'nord-package' }, known, TODAY)).toEqual({ ok: true, view: { sectors: [], highlight: 'nord-package', date: TODAY }, dated: false });
  });

  it('reads back the view of the link "Tout exporter" gives', () => {
    const views = [
      { sectors: ['plasturgie', 'emballage'], highlight: null, date: '2026-11-28' },
      { sectors: [], highlight: 'nord-package', date: '2026-11-28' },
      { sectors: [], highlight: null, date: '2026-11-28' },
    ];
    for (const view of views) {
      const url = new URL(reportUrl(view), 'http://localhost');
      expect(url.pathname).toBe('/export/rapport.zip');
      expect(parseReportRequest(Object.fromEntries(url.searchParams), known, TODAY)).toEqual({ ok: true, view, dated: true });
    }
    expect(reportUrl(views[0])).toBe('/export/rapport.zip?secteur=plasturgie,emballage&date=2026-11-28');
  });

  it('refuses, in words, what it cannot give exactly', () => {
    const cases: Array<[Record<string, string | string[]>, number, RegExp]> = [
      [{ secteur: 'inconnu' }, 400, /^Paramètre « secteur » invalide \(secteur inconnu : « inconnu »\)/],
      [{ secteur: 'plasturgie,' }, 400, /valeur vide/],
      [{ date: 'demain' }, 400, /^date « demain » invalide/],
      [{ date: ['2026-11-28', '2026-11-29'] }, 400, /^date donné plusieurs fois/],
      [{ grappe: 'inconnue' }, 404, /^grappe inconnue/],
      [{ grappe: 'nord-package', secteur: 'plasturgie' }, 400, /^grappe et secteur ne vont pas ensemble/],
      [{ impression: 'a4' }, 400, /^impression ne vaut pas pour le rapport/],
    ];
    for (const [query, status, message] of cases) {
      const parsed = parseReportRequest(query, known, TODAY);
      expect(parsed, JSON.stringify(query)).toMatchObject({ ok: false, status });
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    }
  });
});

describe('the ZIP', () => {
  // The chart's own drawing is React's (components/); any markup shows what the report does with it.
  const markup = () => ({ chart: '<g data-bar="x"><rect width="10" height="10"/></g>', swatches: [] });
  const view = { sectors: ['plasturgie'], highlight: null, date: '2026-12-03' };
  let made: Promise<Buffer> | undefined;
  const zip = () => (made ??= produceReport(dataset, view, markup, { env }).then((entries) => zipReport(entries, view.date)));
  afterAll(async () => {
    await made;
  });

  it('holds every file of the list, each what its name says', async () => {
    const files = unzipSync(new Uint8Array(await zip()));
    expect(Object.keys(files)).toEqual(EXPECTED);
    const text = (name: string) => Buffer.from(files[name]).toString('utf8');
    expect(decodePng(Buffer.from(files['membres.png'])).width).toBe(1200);
    expect(decodePng(Buffer.from(files['membres-impression.png'])).width).toBe(1134);
    expect(text('membres.svg')).toMatch(/^<svg [^>]*role="img"/);
    expect(text('membres.svg')).toContain('<title id="titre-export">Membres par grappe</title>');
    expect(Buffer.from(files['emplois.pdf']).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text('emplois.csv').replace(NBSP, ' ')).toContain('Plasturgie;Action Plasturgie Artois Flandres;11500;11 500;');
    expect(text('emplois.txt').split('\n')[0]).toBe('Emplois par secteur');
    expect(text('index.md')).toBe(reportIndexMarkdown(dataset, view, { env }));
  }, 60_000);

  it('gives the same bytes for the same view and day', async () => {
    const again = zipReport(await produceReport(dataset, view, markup, { env }), view.date);
    expect(again.equals(await zip())).toBe(true);
  }, 60_000);
});
