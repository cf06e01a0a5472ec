// Reading an export URL (`/export/membres.png?secteur=plasturgie&impression=2-colonnes`) before any rendering.
import { addYears, isCalendarDate, todayInParis } from '../format/iso-date';
import { EXPORT_FORMATS, type ExportFormat } from '../url/paths';
import { parseSectorParam, SECTOR_PARAM, type RawParam } from '../url/sector-filter';
import { parsePrintSize, type PrintSize } from './print-sizes';
import { CHART_IDS, type ChartId } from '../view/charts/spec';

export const MIN_SCALE = 1;
export const MAX_SCALE = 4;
/** The first day an export may be dated: the article is of January 2011, so no copy of it is older. */
export const FIRST_EXPORT_DATE = '2011-01-01';

/**
 * The last day an export may be dated, from today in Paris: a year ahead leaves room for a picture
 * prepared for a coming edition, and none for "9999-12-31".
 */
export function lastExportDate(today: string): string {
  return addYears(today, 1);
}

export type ExportRequest = {
  chart: ChartId;
  format: ExportFormat;
  /** PNG only: 1 200 px wide × scale; 1 for the web. Older print links say 3 (see README.md). */
  scale: number;
  /** PNG and PDF: a printed width at 300 dpi; null for the web PNG and the A4-paper PDF. */
  print?: PrintSize | null;
  /** PNG only: no white behind the picture. */
  transparent?: boolean;
  /** SVG only: every letter drawn as an outline, for tools that ignore embedded fonts. */
  outlined?: boolean;
  /** PNG, SVG and PDF: drawn on the dark ground with the dark palette (`theme=sombre`), for pages read at night. */
  dark?: boolean;
  sectors: string[];
  /** Slug of the cluster a cluster page's chart picks out. */
  highlight: string | null;
  /** ISO date printed on the picture and in the file name: the URL's, or today's in Paris. */
  date: string | null;
};

export type ExportParse = { ok: true; request: ExportRequest } | { ok: false; status: 400 | 404; message: string };

type Query = Record<string, RawParam>;
type Known = { sectorIds: readonly string[]; clusterSlugs: readonly string[] };

const first = (value: RawParam): string | undefined => (Array.isArray(value) ? value[0] : (value ?? undefined));

/** `today` (AAAA-MM-JJ, Paris) sets the last date allowed; a test passes its own. */
export function parseExportRequest(file: string, query: Query, known: Known, today: string = todayInParis()): ExportParse {
  const match = /^([a-z]+)\.([a-z0-9]+)$/.exec(file);
  if (!match || !CHART_IDS.includes(match[1] as ChartId)) {
    return { ok: false, status: 404, message: `graphique inconnu « ${file.slice(0, 60)} » : ${CHART_IDS.join(' ou ')}` };
  }
  const [, chart, format] = match;
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    return { ok: false, status: 400, message: `format inconnu « ${format.slice(0, 20)} » : ${EXPORT_FORMATS.join(', ')}` };
  }

  let scale = 1;
  const rawScale = first(query.echelle);
  if (rawScale !== undefined) {
    if (!/^[0-9]{1,2}$/.test(rawScale) || Number(rawScale) < MIN_SCALE || Number(rawScale) > MAX_SCALE) {
      return { ok: false, status: 400, message: `échelle « ${rawScale.slice(0, 20)} » hors limites : un entier de ${MIN_SCALE} à ${MAX_SCALE}` };
    }
    scale = Number(rawScale);
  }

  const printed = parsePrintSize(first(query.impression), first(query.largeur));
  if (!printed.ok) return { ok: false, status: 400, message: printed.message };
  const print = printed.size;
  if (print && format !== 'png' && format !== 'pdf') {
    return { ok: false, status: 400, message: `${first(query.impression) !== undefined ? 'impression' : 'largeur'} ne vaut que pour le PNG et le PDF` };
  }
  if (print && rawScale !== undefined) {
    return { ok: false, status: 400, message: 'échelle et taille d’impression ne vont pas ensemble : échelle est l’ancienne manière de dire la taille' };
  }

  const transparent = first(query.fond);
  if (transparent !== undefined && (transparent !== 'transparent' || format !== 'png')) {
    return { ok: false, status: 400, message: `fond « ${transparent.slice(0, 20)} » invalide : fond=transparent, pour le PNG seulement` };
  }
  const outlined = first(query.texte);
  if (outlined !== undefined && (outlined !== 'vectorise' || format !== 'svg')) {
    return { ok: false, status: 400, message: `texte « ${outlined.slice(0, 20)} » invalide : texte=vectorise, pour le SVG seulement` };
  }

  const theme = first(query.theme);
  if (theme !== undefined && (theme !== 'sombre' || format === 'csv')) {
    return { ok: false, status: 400, message: `theme « ${theme.slice(0, 20)} » invalide : theme=sombre, pour le PNG, le SVG et le PDF` };
  }

  // An undated link is dated today: every picture says when it was made.
  const date = first(query.date) ?? today;
  const last = lastExportDate(today);
  if (!isCalendarDate(date) || date < FIRST_EXPORT_DATE || date > last) {
    return { ok: false, status: 400, message: `date « ${date.slice(0, 20)} » invalide : une date AAAA-MM-JJ du ${FIRST_EXPORT_DATE} au ${last}` };
  }

  const highlight = first(query.grappe) ?? null;
  if (highlight !== null && !known.clusterSlugs.includes(highlight)) {
    return { ok: false, status: 404, message: `grappe inconnue « ${highlight.slice(0, 60)} »` };
  }

  // As on the pages: unknown sectors are dropped, the known ones kept.
  const sectors = parseSectorParam(query[SECTOR_PARAM], known.sectorIds).sectors;
  return {
    ok: true,
    request: { chart: chart as ChartId, format: format as ExportFormat, scale, print, transparent: transparent !== undefined, outlined: outlined !== undefined, dark: theme !== undefined, sectors, highlight, date },
  };
}

/** "grappes-membres-plasturgie-2026-11-28.png": what is inside, in the name. */
export function exportFileName(request: ExportRequest): string {
  const parts = ['grappes', request.chart, ...request.sectors];
  if (request.highlight) parts.push(request.highlight);
  if (request.format === 'png' && request.scale !== 1) parts.push(`x${request.scale}`);
  if (request.print) parts.push(request.print.id);
  if (request.transparent) parts.push('transparent');
  if (request.outlined) parts.push('vectorise');
  if (request.dark) parts.push('sombre');
  if (request.date) parts.push(request.date);
  return `${parts.join('-')}.${request.format}`;
}
