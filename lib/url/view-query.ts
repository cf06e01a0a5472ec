// The overview's query string: the sector filter, then the table's sort and page. Light on
// purpose: the client builds its links and API keys with it.
import { sectorQuery } from './sector-filter';
import { DEFAULT_SORT, tableQueryParts, type TableSort } from '../view/table';

/** The table's sort and page, as asked. */
export type TableView = { sort: TableSort; page: number };
export const FIRST_PAGE: TableView = { sort: DEFAULT_SORT, page: 1 };

/** The query string of a view: the sector filter, then the table's sort and page; defaults are never written. */
export function viewQuery(sectors: readonly string[], knownIds: readonly string[], table: TableView = FIRST_PAGE): string {
  const filter = sectorQuery(sectors, knownIds).replace(/^\?/, '');
  const parts = [filter, ...tableQueryParts(table.sort, table.page)].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
