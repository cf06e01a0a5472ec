// The one-click report of a view (`/export/rapport.zip`, `npm run export`): which files it holds,
// under which French names, and its index in HTML and Markdown. The ZIP route and the CLI both list
// the files here, so that they cannot drift apart.
import type { Dataset } from '../data/schema';
import { findCluster } from '../data/find';
import { formatDate } from '../format/french';
import { chartAltText } from '../view/alt-text';
import { SITE_NAME } from '../view/caption';
import { CHART_IDS, type ChartId, type ChartSpec } from '../view/charts/spec';
import { contextSourcesLine } from '../view/source-line';
import { clusterHref, type ExportFormat } from '../url/paths';
import { sectorQuery } from '../url/sector-filter';
import { absoluteUrl } from '../url/site-url';
import { escapeXml } from './captioned-svg';
import { PRINT_DPI, PRINT_PRESETS, presetSize, printSizeLabel, type PrintPresetId } from './print-sizes';
import type { ExportRequest } from './request';
import { exportSpec } from './produce';

/** What a report is of: the overview's filter, or a cluster page (its cluster picked out), on a day. */
export type ReportView = { sectors: string[]; highlight: string | null; date: string };

/**
 * The report's print PNG: two columns of the paper (96 mm), the width a chart most often gets on
 * a page. The CLI adds the other sizes.
 */
export const REPORT_PRINT_SIZE: PrintPresetId = '2-colonnes';

/** One file of a chart: its name in the report, what it is in words, and the export that makes it. */
export type ReportChartFile = { name: string; label: string; chart: ChartId; request: ExportRequest };

export const INDEX_FILES = ['index.html', 'index.md'] as const;

type Variant = { suffix: string; label: string; request: Pick<ExportRequest, 'format' | 'scale' | 'print' | 'outlined'> };

const printVariant = (id: PrintPresetId, suffix: string): Variant => {
  const print = presetSize(id);
  return { suffix, label: `Image pour l'impression (PNG, ${PRINT_DPI} dpi, ${printSizeLabel(print)})`, request: { format: 'png', scale: 1, print } };
};

/** Every chart's files, in this order; `every` (the CLI) adds each other print size and the outlined SVG. */
function variants(every: boolean): Variant[] {
  const others = PRINT_PRESETS.filter(({ id }) => id !== REPORT_PRINT_SIZE).map(({ id }) => printVariant(id, `-impression-${id}`));
  const plain = (suffix: string, label: string, format: ExportFormat, outlined = false): Variant => ({ suffix, label, request: { format, scale: 1, ...(outlined ? { outlined } : {}) } });
  return [
    plain('', 'Image pour le web (PNG, 1 200 px)', 'png'),
    printVariant(REPORT_PRINT_SIZE, '-impression'),
    ...(every ? others : []),
    plain('', 'Image vectorielle pour la mise en page (SVG)', 'svg'),
    ...(every ? [plain('-vectorise', 'Image vectorielle, texte vectorisé, sans polices (SVG)', 'svg', true)] : []),
    plain('', 'Document vectoriel, largeur A4 (PDF)', 'pdf'),
    plain('', 'Données du graphique (CSV, UTF-8, « ; »)', 'csv'),
    plain('', 'Texte alternatif (TXT, UTF-8)', 'txt'),
  ];
}

/** "membres.png", "membres-impression.png", … "emplois.txt": stable names, the same whatever the view and the day. */
export function reportChartFiles(view: ReportView, { every = false } = {}): ReportChartFile[] {
  return CHART_IDS.flatMap((chart) =>
    variants(every).map((variant) => ({
      name: `${chart}${variant.suffix}.${variant.request.format}`,
      label: variant.label,
      chart,
      request: { chart, ...variant.request, sectors: view.sectors, highlight: view.highlight, date: view.date },
    })),
  );
}

/** Every name in the report, the index last. */
export function reportFileNames(view: ReportView, options: { every?: boolean } = {}): string[] {
  return [...reportChartFiles(view, options).map((f) => f.name), ...INDEX_FILES];
}

/** "grappes-rapport-plasturgie-2026-12-03.zip": what is inside, in the name, as the exports name theirs. */
export function reportZipName(view: ReportView): string {
  return `${['grappes-rapport', ...view.sectors, ...(view.highlight ? [view.highlight] : []), view.date].join('-')}.zip`;
}

/** The page the report is of, absolute (SITE_URL): the overview with its filter, or the cluster's page. */
export function reportPermalink(dataset: Dataset, view: ReportView, env: Record<string, string | undefined> = process.env): string {
  const path = view.highlight ? clusterHref(view.highlight) : `/${sectorQuery(view.sectors, dataset.sectors.map((s) => s.id))}`;
  return absoluteUrl(path, env);
}

/** What the index says of the view: "Secteurs : plasturgie", "Grappe : Nord Package", or every sector. */
function viewInWords(dataset: Dataset, view: ReportView, specs: ChartSpec[]): string {
  if (view.highlight) return `Page de la grappe ${findCluster(dataset, view.highlight)?.name ?? view.highlight}, mise en évidence parmi les autres.`;
  return specs[0]?.selection ? `${specs[0].selection}.` : 'Tous les secteurs.';
}

type Index = {
  heading: string;
  view: string;
  permalink: string;
  date: string;
  charts: Array<{ spec: ChartSpec; altText: string; files: ReportChartFile[] }>;
  context: string | null;
};

function indexOf(dataset: Dataset, view: ReportView, files: ReportChartFile[], env: Record<string, string | undefined>): Index {
  const charts = CHART_IDS.map((chart) => {
    const spec = exportSpec(dataset, { chart, format: 'svg', scale: 1, sectors: view.sectors, highlight: view.highlight, date: view.date });
    return { spec, altText: chartAltText(spec), files: files.filter((f) => f.chart === chart) };
  });
  return {
    heading: `${SITE_NAME} : graphiques exportés le ${formatDate(view.date)}`,
    view: viewInWords(dataset, view, charts.map((c) => c.spec)),
    permalink: reportPermalink(dataset, view, env),
    date: formatDate(view.date),
    charts,
    context: contextSourcesLine(dataset),
  };
}

type IndexOptions = { every?: boolean; env?: Record<string, string | undefined> };

/** index.md: each chart's title, subtitle, text alternative, files, legend, notes and source; the page's address and the day. */
export function reportIndexMarkdown(dataset: Dataset, view: ReportView, { every = false, env = process.env }: IndexOptions = {}): string {
  const index = indexOf(dataset, view, reportChartFiles(view, { every }), env);
  const lines = [`# ${index.heading}`, '', index.view, '', `Page : <${index.permalink}>`, '', `Exporté le ${index.date}.`, ''];
  for (const { spec, altText, files } of index.charts) {
    lines.push(`## ${spec.title}`, '', spec.subtitle, '', `Texte alternatif : ${altText}`, '', 'Fichiers :');
    lines.push(...files.map((f) => `- ${f.label} : \`${f.name}\``), '');
    if (spec.legend.length > 0) lines.push('Légende :', ...spec.legend.map((l) => `- ${l.label} : ${l.description}`), '');
    lines.push('Notes :', ...spec.notes.map((note) => `- ${note}`), '', spec.source, '');
  }
  if (index.context) lines.push(index.context, '');
  return lines.join('\n');
}

/** index.html: the same, as a page that opens from the unzipped folder, each chart's web PNG shown with its text alternative. */
export function reportIndexHtml(dataset: Dataset, view: ReportView, { every = false, env = process.env }: IndexOptions = {}): string {
  const index = indexOf(dataset, view, reportChartFiles(view, { every }), env);
  const e = escapeXml;
  const charts = index.charts.map(({ spec, altText, files }) => {
    const web = files.find((f) => f.request.format === 'png' && !f.request.print);
    return [
      `<section>`,
      `<h2>${e(spec.title)}</h2>`,
      `<p>${e(spec.subtitle)}</p>`,
      web ? `<p><img src="${e(web.name)}" alt="${e(altText)}" width="600"></p>` : '',
      `<p><strong>Texte alternatif :</strong> ${e(altText)}</p>`,
      `<h3>Fichiers</h3>`,
      `<ul>${files.map((f) => `<li>${e(f.label)} : <a href="${e(f.name)}">${e(f.name)}</a></li>`).join('')}</ul>`,
      spec.legend.length > 0 ? `<h3>Légende</h3><ul>${spec.legend.map((l) => `<li><strong>${e(l.label)}</strong> : ${e(l.description)}</li>`).join('')}</ul>` : '',
      `<h3>Notes</h3>`,
      `<ul>${spec.notes.map((note) => `<li>${e(note)}</li>`).join('')}</ul>`,
      `<p>${e(spec.source)}</p>`,
      `</section>`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(index.heading)}</title>`,
    '<style>body{font-family:Geist,Arial,Helvetica,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}img{max-width:100%;height:auto;border:1px solid #ccc}</style>',
    '</head>',
    '<body>',
    `<h1>${e(index.heading)}</h1>`,
    `<p>${e(index.view)}</p>`,
    `<p>Page : <a href="${e(index.permalink)}">${e(index.permalink)}</a></p>`,
    `<p>Exporté le ${e(index.date)}.</p>`,
    ...charts,
    index.context ? `<p>${e(index.context)}</p>` : '',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
