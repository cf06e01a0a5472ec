// The table of all clusters: its rows, sorting them with missing figures always last, and its pages.
import type { Dataset, Figure, Sector } from '../data/schema';
import { formatFigureValue } from '../format/french';
import { scopeLabel } from '../data/scopes';
import { sectorStyles } from './sectors';
import { NO_SECTOR_COLOR } from './theme';
import type { SortColumn, SortDirection, TableSort } from '../url/table-params';

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

/** Rows on one page of the table: enough to scan, few enough for a light page at a thousand clusters. */
export const TABLE_PAGE_SIZE = 50;

/** One page of the table, and where it stands: "page 2 sur 20", "grappes 51 à 100 sur 1 000". */
export type TablePage = {
  sort: TableSort;
  /** The page shown, 1 to pageCount: a page past the last shows the last. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** 1-based positions of the first and last rows shown; 0 and 0 for an empty table. */
  first: number;
  last: number;
};

/** Sorts every row, then cuts the asked page out of them: sorting never stops at a page's edge. */
export function tablePage(
  rows: ClusterRow[],
  sort: TableSort,
  page: number,
  pageSize: number = TABLE_PAGE_SIZE,
): { rows: ClusterRow[]; table: TablePage } {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (shown - 1) * pageSize;
  const pageRows = sortRows(rows, sort.column, sort.direction).slice(start, start + pageSize);
  return {
    rows: pageRows,
    table: {
      sort,
      page: shown,
      pageCount,
      pageSize,
      total: rows.length,
      first: pageRows.length > 0 ? start + 1 : 0,
      last: start + pageRows.length,
    },
  };
}
