// The query of the overview's data endpoints (/api/grappes, /api/apercu): a sector filter and the
// table's sort and page, checked strictly (a bad value is a 400 naming it, never a silent default).
import type { Dataset } from '../data/schema';
import { filterDataset } from '../view/overview';
import { filterError, parseSectorParam, SECTOR_PARAM, type SectorFilter } from './sector-filter';
import { parseTableParams, TABLE_PAGE_SIZE, type TableSort } from '../view/table';

export type OverviewRequest =
  | { ok: true; filter: SectorFilter; sort: TableSort; page: number }
  | { ok: false; parameter: string; message: string; unknown: string[] };

/** Reads the query; a page past the last is the last. */
export function parseOverviewRequest(params: URLSearchParams, dataset: Dataset): OverviewRequest {
  const raw = params.getAll(SECTOR_PARAM);
  const knownIds = dataset.sectors.map((s) => s.id);
  const filter = parseSectorParam(raw.length > 0 ? raw : undefined, knownIds);
  if (filter.status === 'invalid') {
    return { ok: false, parameter: SECTOR_PARAM, message: filterError(filter, knownIds), unknown: filter.unknown.map((u) => u.slice(0, 40)) };
  }
  const table = parseTableParams(params);
  if (table.problems.length > 0) {
    return {
      ok: false,
      parameter: table.problems[0].parameter,
      message: `Tableau : ${table.problems.map((p) => p.message).join(' ; ')}.`,
      unknown: [],
    };
  }
  const shownCount = filterDataset(dataset, filter.sectors).clusters.length;
  const page = Math.min(table.page, Math.max(1, Math.ceil(shownCount / TABLE_PAGE_SIZE)));
  return { ok: true, filter, sort: table.sort, page };
}

/** One key per distinct answer: the normalised filter, sort and page. */
export function overviewRequestKey(request: Extract<OverviewRequest, { ok: true }>): string {
  return `${request.filter.sectors.join(',')}:${request.sort.column}:${request.sort.direction}:${request.page}`;
}
