import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, parseTableParams, tableQueryParts, toggleSort } from './table-params';

const params = (query: string) => parseTableParams(new URLSearchParams(query));

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
