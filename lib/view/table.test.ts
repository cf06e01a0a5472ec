import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import { DEFAULT_SORT } from '../url/table-params';
import { clusterRows, sortRows, tablePage } from './table';

const rows = clusterRows(readDatasetFile('data/clusters.json'));
const national = clusterRows(syntheticDataset(1000, 1));

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

describe('table of clusters', () => {
  const rows = clusterRows(readDatasetFile('data/clusters.json'));

  it('sorts by members, missing figures last in both directions', () => {
    const names = (column: 'members', direction: 'ascending' | 'descending') =>
      sortRows(rows, column, direction).map((r) => r.members?.text ?? `${r.name} (nc)`);
    expect(names('members', 'descending')).toEqual([
      '80', '60', '≈ 15', '11', '10',
      'Club développeurs (nc)', 'Clubtex (nc)', 'Euralogistic (nc)', 'Pôle numérique régional (nc)',
    ]);
    expect(names('members', 'ascending').slice(0, 5)).toEqual(['10', '11', '≈ 15', '60', '80']);
  });

  it('sorts names the French way', () => {
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.name).slice(0, 3)).toEqual([
      'Action Plasturgie Artois Flandres',
      'Association des industries ferroviaires',
      'Club des imprimeurs artisans',
    ]);
  });
});
