// The key the overview's rendering of a URL is kept under: the canonical query of the view it shows.
import type { Dataset } from '../data/schema';
import { filterDataset } from '../view/overview';
import { TABLE_PAGE_SIZE } from '../view/table';
import { readView, viewQuery } from './view-query';

/** The default view's segment (every sector, sorted by name, first page): a path segment cannot be empty. */
export const DEFAULT_VIEW_SEGMENT = 'tout';

/**
 * The path segment a URL's view is rendered and kept under: the view's canonical query without
 * "?" ("secteur=plasturgie,emballage&tri=membres"), the page past the last being the last, as the
 * table shows it. Every spelling of one view gets one segment, so that hostile values add no
 * entry: a table value that cannot be read is its default (the page says nothing of it), and
 * other parameters are ignored. Null when the page must say what it dropped of the filter (an
 * unknown sector, a repeated or empty value): only a rendering of that very URL can say it.
 */
export function viewSegment(params: URLSearchParams, dataset: Dataset): string | null {
  const knownIds = dataset.sectors.map((s) => s.id);
  const { view, filter } = readView(params, knownIds);
  if (filter.status === 'invalid') return null;
  const shownCount = filterDataset(dataset, view.sectors).clusters.length;
  const page = Math.min(view.page, Math.max(1, Math.ceil(shownCount / TABLE_PAGE_SIZE)));
  return viewQuery({ ...view, page }, knownIds).slice(1) || DEFAULT_VIEW_SEGMENT;
}

/** The query a segment stands for, as the page reads it. */
export function segmentParams(segment: string): URLSearchParams {
  return new URLSearchParams(segment === DEFAULT_VIEW_SEGMENT ? '' : segment);
}
