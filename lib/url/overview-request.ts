// The query of the overview's data endpoints (/api/grappes, /api/apercu), read strictly: a bad value
// is a 400 naming it, never a silent default. A page past the last is the last.
import type { Dataset } from '../data/schema';
import { filterDataset } from '../view/overview';
import type { SectorFilter } from './sector-filter';
import type { TableSort } from './table-params';
import { readViewStrictly, viewQuery } from './view-query';
import { TABLE_PAGE_SIZE } from '../view/table';

export type OverviewRequest =
  | { ok: true; filter: SectorFilter; sort: TableSort; page: number; key: string }
  | { ok: false; parameter: string; message: string; unknown: string[] };

export function parseOverviewRequest(params: URLSearchParams, dataset: Dataset): OverviewRequest {
  const knownIds = dataset.sectors.map((s) => s.id);
  const result = readViewStrictly(params, knownIds);
  if (!result.ok) return { ok: false, ...result.problem };
  const { view, filter } = result.reading;
  const shownCount = filterDataset(dataset, view.sectors).clusters.length;
  const page = Math.min(view.page, Math.max(1, Math.ceil(shownCount / TABLE_PAGE_SIZE)));
  return { ok: true, filter, sort: view.sort, page, key: viewQuery({ ...view, page }, knownIds) };
}

/** One key per distinct answer: the view's canonical query. */
export function overviewRequestKey(request: Extract<OverviewRequest, { ok: true }>): string {
  return request.key;
}
