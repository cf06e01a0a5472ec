// The table of all clusters: its rows, sorting them with missing figures always last, and its pages.
import type { Dataset, Figure, Sector } from '../data/schema';
import { formatFigureValue } from '../format/french';
import { scopeLabel } from '../data/scopes';
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

/** Rows on one page of the table: enough to scan, few enough for a light page at a thousand clusters. */
export const TABLE_PAGE_SIZE = 50;

export const PAGE_PARAM = 'page';
export const SORT_PARAM = 'tri';
export const ORDER_PARAM = 'ordre';

export type TableSort = { column: SortColumn; direction: SortDirection };
export const DEFAULT_SORT: TableSort = { column: 'name', direction: 'ascending' };

/** Column and direction as the URL writes them, in the interface's language. */
const COLUMN_NAMES: Record<SortColumn, string> = {
  name: 'grappe',
  town: 'lieu',
  sector: 'secteur',
  wave: 'vague',
  members: 'membres',
  employment: 'emplois',
};
const DIRECTION_NAMES: Record<SortDirection, string> = { ascending: 'croissant', descending: 'decroissant' };

/** A value of the URL the table could not read: its default is used instead. */
export type TableParamProblem = { parameter: string; message: string };

/** What the URL asks of the table, and what it could not read. */
export type TableParams = { sort: TableSort; page: number; problems: TableParamProblem[] };

/** Reads `page`, `tri` and `ordre`; a missing value is the default, an unreadable one is a problem. */
export function parseTableParams(params: URLSearchParams): TableParams {
  const problems: TableParamProblem[] = [];
  const value = (name: string) => {
    const values = params.getAll(name);
    if (values.length > 1) problems.push({ parameter: name, message: `paramètre « ${name} » répété, valeur invalide` });
    return values[0];
  };
  const rawPage = value(PAGE_PARAM);
  let page = 1;
  if (rawPage !== undefined) {
    if (/^[1-9]\d{0,5}$/.test(rawPage)) page = Number(rawPage);
    else problems.push({ parameter: PAGE_PARAM, message: `page « ${rawPage.slice(0, 20)} » invalide : un nombre entier à partir de 1` });
  }
  const rawColumn = value(SORT_PARAM);
  const column = rawColumn === undefined ? DEFAULT_SORT.column : keyOf(COLUMN_NAMES, rawColumn);
  if (column === undefined) {
    problems.push({ parameter: SORT_PARAM, message: `tri « ${rawColumn!.slice(0, 20)} » inconnu : ${Object.values(COLUMN_NAMES).join(', ')}` });
  }
  const rawOrder = value(ORDER_PARAM);
  const direction = rawOrder === undefined ? DEFAULT_SORT.direction : keyOf(DIRECTION_NAMES, rawOrder);
  if (direction === undefined) {
    problems.push({ parameter: ORDER_PARAM, message: `ordre « ${rawOrder!.slice(0, 20)} » inconnu : croissant ou decroissant` });
  }
  return {
    sort: { column: column ?? DEFAULT_SORT.column, direction: direction ?? DEFAULT_SORT.direction },
    page,
    problems,
  };
}

function keyOf<K extends string>(names: Record<K, string>, value: string): K | undefined {
  return (Object.keys(names) as K[]).find((key) => names[key] === value);
}

/** The table's part of a query string, `tri=membres&ordre=decroissant&page=2`, defaults left out. */
export function tableQueryParts(sort: TableSort, page: number): string[] {
  const parts: string[] = [];
  if (sort.column !== DEFAULT_SORT.column || sort.direction !== DEFAULT_SORT.direction) {
    parts.push(`${SORT_PARAM}=${COLUMN_NAMES[sort.column]}`);
    if (sort.direction !== DEFAULT_SORT.direction) parts.push(`${ORDER_PARAM}=${DIRECTION_NAMES[sort.direction]}`);
  }
  if (page > 1) parts.push(`${PAGE_PARAM}=${page}`);
  return parts;
}

/** A click on a column's header: that column ascending, or the other way if it is already sorted by it. */
export function toggleSort(current: TableSort, column: SortColumn): TableSort {
  return {
    column,
    direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
  };
}

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
