// The data behind the overview as CSV: one row per cluster shown, each figure with its words, scope and quote.
import type { Dataset, Figure } from '../data/schema';
import { sourceLine } from '../view/source-line';
import { toCsv } from '../format/csv';
import { scopeLabel } from '../data/scopes';

const FIGURE_COLUMNS = (prefix: string) => [prefix, `${prefix}_compte`, `${prefix}_perimetre`, `${prefix}_approximatif`, `${prefix}_citation`];

export const CLUSTER_CSV_HEADER = ['grappe', 'slug', 'lieu', 'secteur', 'vague', ...FIGURE_COLUMNS('membres'), ...FIGURE_COLUMNS('emplois'), 'source'];

function figureCells(figure: Figure | null) {
  if (!figure) return [null, null, null, null, null];
  return [figure.value, figure.counts, scopeLabel(figure.scope), figure.approximate, figure.quote];
}

export function clustersCsv(dataset: Dataset): string {
  const source = sourceLine(dataset);
  const rows = dataset.clusters.map((cluster) => [
    cluster.name,
    cluster.slug,
    cluster.town ?? cluster.area,
    dataset.sectors.find((s) => s.id === cluster.sectorId)?.label ?? null,
    cluster.wave,
    ...figureCells(cluster.members),
    ...figureCells(cluster.employment),
    source,
  ]);
  return toCsv(CLUSTER_CSV_HEADER, rows);
}

/** "grappes-plasturgie-emballage.csv", or "grappes.csv" for every sector. */
export function clustersCsvFileName(sectors: readonly string[]): string {
  return `grappes${sectors.map((s) => `-${s}`).join('')}.csv`;
}
