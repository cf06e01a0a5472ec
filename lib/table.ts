// The table of all clusters: its rows, and sorting them with missing figures always last.
import type { Dataset, Figure, Sector } from './schema';
import { formatFigureValue } from './french';
import { scopeLabel } from './scopes';
import { NO_SECTOR_COLOR, sectorStyles } from './sectors';

export type FigureCell = { value: number; text: string; detail: string } | null;

export type ClusterRow = {
  slug: string;
  name: string;
  town: string | null;
  sector: string | null;
  sectorColor: string;
  wave: 1 | 2;
  members: FigureCell;
  employment: FigureCell;
};

/** The id of the overview's table section: where "Voir toutes les grappes" leads. */
export const TABLE_ANCHOR = 'toutes-les-grappes';

export const SORT_COLUMNS = ['name', 'town', 'sector', 'wave', 'members', 'employment'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Rows of the table; `palette` is the full sector list when the dataset is a filtered one. */
export function clusterRows(dataset: Dataset, palette: Sector[] = dataset.sectors): ClusterRow[] {
  const styles = sectorStyles(palette);
  return dataset.clusters.map((cluster) => {
    const style = cluster.sectorId ? styles.get(cluster.sectorId) : undefined;
    return {
      slug: cluster.slug,
      name: cluster.name,
      town: cluster.town ?? cluster.area,
      sector: style?.label ?? null,
      sectorColor: style?.color ?? NO_SECTOR_COLOR,
      wave: cluster.wave,
      members: figureCell(cluster.members),
      employment: figureCell(cluster.employment),
    };
  });
}

function figureCell(figure: Figure | null): FigureCell {
  if (!figure) return null;
  return {
    value: figure.value,
    text: formatFigureValue(figure.value, figure.approximate),
    detail: `${figure.counts} · ${scopeLabel(figure.scope)}`,
  };
}

/** Sorts a copy of the rows; rows without a value for the column stay last in both directions. */
export function sortRows(rows: ClusterRow[], column: SortColumn, direction: SortDirection): ClusterRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyOf = (row: ClusterRow): string | number | null => {
    switch (column) {
      case 'members':
      case 'employment':
        return row[column]?.value ?? null;
      default:
        return row[column];
    }
  };
  return [...rows].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka === null || kb === null) {
      if (ka === kb) return a.name.localeCompare(b.name, 'fr');
      return ka === null ? 1 : -1;
    }
    const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'fr');
    return sign * order || a.name.localeCompare(b.name, 'fr');
  });
}
