// One reading of a view from its URL (sectors, the table's sort and page), and one way to write it
// back. Pages read leniently (what is unusable is dropped, with a notice); the data APIs strictly
// (a 400 that names the parameter). The canonical query is what every cache is keyed by.
import { filterError, parseSectorParam, sectorQuery, SECTOR_PARAM, type SectorFilter } from './sector-filter';
import { DEFAULT_SORT, parseTableParams, tableQueryParts, type TableParamProblem, type TableSort } from './table-params';

/** A view of the overview: which sectors (none: every one), how the table is sorted, which page. */
export type View = { sectors: string[]; sort: TableSort; page: number };

export const DEFAULT_VIEW: View = { sectors: [], sort: DEFAULT_SORT, page: 1 };

/** What the URL asks for, what could be used of it, and what could not. */
export type ViewReading = { view: View; filter: SectorFilter; tableProblems: TableParamProblem[] };

/** Reads a view from a query; never fails: an unusable value is dropped and said in `filter` or `tableProblems`. */
export function readView(params: URLSearchParams, knownIds: readonly string[]): ViewReading {
  const raw = params.getAll(SECTOR_PARAM);
  const filter = parseSectorParam(raw.length > 0 ? raw : undefined, knownIds);
  const { sort, page, problems } = parseTableParams(params);
  return { view: { sectors: filter.sectors, sort, page }, filter, tableProblems: problems };
}

/** The first thing a strict reader refuses, with the parameter it is about. */
export type ViewProblem = { parameter: string; message: string; unknown: string[] };

/** A view read strictly: any unusable value is a problem, never a silent default. */
export function readViewStrictly(
  params: URLSearchParams,
  knownIds: readonly string[],
): { ok: true; reading: ViewReading } | { ok: false; problem: ViewProblem } {
  const reading = readView(params, knownIds);
  const { filter, tableProblems } = reading;
  if (filter.status === 'invalid') {
    return { ok: false, problem: { parameter: SECTOR_PARAM, message: filterError(filter, knownIds), unknown: filter.unknown.map((u) => u.slice(0, 40)) } };
  }
  if (tableProblems.length > 0) {
    const message = `Tableau : ${tableProblems.map((p) => p.message).join(' ; ')}.`;
    return { ok: false, problem: { parameter: tableProblems[0].parameter, message, unknown: [] } };
  }
  return { ok: true, reading };
}

/** The query string of a view, `?secteur=…&tri=…&ordre=…&page=…`: one spelling, defaults never written, "" for the default view. */
export function viewQuery(view: View, knownIds: readonly string[]): string {
  const filter = sectorQuery(view.sectors, knownIds).replace(/^\?/, '');
  const parts = [filter, ...tableQueryParts(view.sort, view.page)].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A page's `searchParams` (Next.js's record) as the URLSearchParams every reader takes. */
export function searchParamsOf(record: Record<string, string | string[] | undefined>): URLSearchParams {
  return new URLSearchParams(Object.entries(record).flatMap(([name, value]) => [value ?? []].flat().map((v) => [name, v])));
}
