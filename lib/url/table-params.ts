// The table's sort and page in the URL (`?tri=membres&ordre=decroissant&page=2`), in French, defaults never written.

export const SORT_COLUMNS = ['name', 'town', 'sector', 'wave', 'members', 'employment'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

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

