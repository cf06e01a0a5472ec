// Reading a report URL (`/export/rapport.zip?secteur=plasturgie&date=2026-12-03`) before anything is drawn.
import { todayInParis } from '../format/iso-date';
import { filterError, parseSectorParam, SECTOR_PARAM, type RawParam } from '../url/sector-filter';
import { parseExportRequest } from './request';
import type { ReportView } from './report';

export type ReportParse = { ok: true; view: ReportView; dated: boolean } | { ok: false; status: 400 | 404; message: string };

type Known = { sectorIds: readonly string[]; clusterSlugs: readonly string[] };

/** The exports' options that choose one file's size or look: a report holds its own set of files. */
const FILE_OPTIONS = ['echelle', 'impression', 'largeur', 'fond', 'texte'];

/**
 * The view of a report. Stricter than a chart's export, which drops unknown sectors as the pages do:
 * a report is asked for once, by a link or a script, and a sector it silently left out would go
 * unnoticed in the files. `date` and `grappe` follow the exports' rules (the same function reads them).
 */
export function parseReportRequest(query: Record<string, RawParam>, known: Known, today: string = todayInParis()): ReportParse {
  const option = FILE_OPTIONS.find((name) => query[name] !== undefined);
  if (option) return { ok: false, status: 400, message: `${option} ne vaut pas pour le rapport, qui donne chaque graphique dans tous ses formats` };
  for (const name of ['grappe', 'date']) {
    if (Array.isArray(query[name])) return { ok: false, status: 400, message: `${name} donné plusieurs fois : une seule valeur` };
  }
  const filter = parseSectorParam(query[SECTOR_PARAM], known.sectorIds);
  if (filter.status === 'invalid') return { ok: false, status: 400, message: filterError(filter, known.sectorIds) };
  const checked = parseExportRequest('membres.csv', { date: query.date, grappe: query.grappe }, known, today);
  if (!checked.ok) return checked;
  const { highlight, date } = checked.request;
  if (highlight && filter.sectors.length > 0) {
    return { ok: false, status: 400, message: 'grappe et secteur ne vont pas ensemble : le rapport d’une grappe est celui de sa page, sans filtre' };
  }
  return { ok: true, view: { sectors: filter.sectors, highlight, date: date ?? today }, dated: query.date !== undefined };
}
