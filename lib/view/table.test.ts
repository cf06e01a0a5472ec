import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import { clusterRows, DEFAULT_SORT, parseTableParams, tablePage, tableQueryParts, toggleSort } from './table';

const rows = clusterRows(readDatasetFile('data/clusters.json'));
const national = clusterRows(syntheticDataset(1000, 1));
const params = (query: string) => parseTableParams(new URLSearchParams(query));

describe('tablePage', () => {
  it('shows every row of a small table on one page', () => {
    const { rows: shown, table } = tablePage(rows, DEFAULT_SORT, 1);
    expect(shown).toHaveLength(9);
    expect(table).toMatchObject({ page: 1, pageCount: 1, total: 9, first: 1, last: 9 });
  });

  it('cuts 1 000 rows into 20 pages of 50, page 2 holding rows 51 to 100', () => {
    const { rows: shown, table } = tablePage(national, DEFAULT_SORT, 2);
    expect(table).toMatchObject({ page: 2, pageCount: 20, pageSize: 50, total: 1000, first: 51, last: 100 });
    expect(shown.map((r) => r.name)).toEqual(national.slice(50, 100).map((r) => r.name));
  });

  it('sorts every row before cutting the page', () => {
    const sort = { column: 'members', direction: 'descending' } as const;
    const first = tablePage(national, sort, 1).rows;
    const largest = Math.max(...national.map((r) => r.members?.value ?? 0));
    expect(first[0].members?.value).toBe(largest);
    const pages = Array.from({ length: 20 }, (_, i) => tablePage(national, sort, i + 1).rows).flat();
    expect(pages.map((r) => r.slug)).toEqual(
      [...national].sort((a, b) => (b.members?.value ?? -1) - (a.members?.value ?? -1) || a.name.localeCompare(b.name, 'fr')).map((r) => r.slug),
    );
    // Missing figures come last, on the last pages.
    expect(tablePage(national, sort, 20).rows.every((r) => r.members === null)).toBe(true);
  });

  it('shows the last page for a page past it, and the first for an empty table', () => {
    expect(tablePage(national, DEFAULT_SORT, 99).table).toMatchObject({ page: 20, first: 951, last: 1000 });
    expect(tablePage([], DEFAULT_SORT, 3).table).toMatchObject({ page: 1, pageCount: 1, first: 0, last: 0 });
  });
});

describe('the table in the URL', () => {
  it('reads the page, the column and the order, in French', () => {
    expect(params('page=2&tri=membres&ordre=decroissant')).toEqual({
      sort: { column: 'members', direction: 'descending' },
      page: 2,
      problems: [],
    });
    expect(params('')).toEqual({ sort: DEFAULT_SORT, page: 1, problems: [] });
  });

  it.each([
    ['page=0', 'page', /page « 0 » invalide/],
    ['page=-1', 'page', /invalide/],
    ['page=2.5', 'page', /invalide/],
    ['page=abc', 'page', /invalide/],
    ['page=1&page=2', 'page', /répété/],
    ['tri=prix', 'tri', /tri « prix » inconnu : grappe, lieu, secteur, vague, membres, emplois/],
    ['ordre=haut', 'ordre', /ordre « haut » inconnu/],
  ])('falls back to the default on %s and says why', (query, parameter, message) => {
    const parsed = params(query);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].parameter).toBe(parameter);
    expect(parsed.problems[0].message).toMatch(message);
  });

  it('writes only what differs from the default', () => {
    expect(tableQueryParts(DEFAULT_SORT, 1)).toEqual([]);
    expect(tableQueryParts({ column: 'members', direction: 'ascending' }, 1)).toEqual(['tri=membres']);
    expect(tableQueryParts({ column: 'name', direction: 'descending' }, 3)).toEqual(['tri=grappe', 'ordre=decroissant', 'page=3']);
  });

  it('reads back what it writes', () => {
    const sort = { column: 'employment', direction: 'descending' } as const;
    expect(params(tableQueryParts(sort, 7).join('&'))).toEqual({ sort, page: 7, problems: [] });
  });

  it('sorts a column ascending first, then the other way', () => {
    expect(toggleSort(DEFAULT_SORT, 'members')).toEqual({ column: 'members', direction: 'ascending' });
    expect(toggleSort({ column: 'members', direction: 'ascending' }, 'members')).toEqual({ column: 'members', direction: 'descending' });
    expect(toggleSort({ column: 'members', direction: 'descending' }, 'members')).toEqual({ column: 'members', direction: 'ascending' });
  });
});
