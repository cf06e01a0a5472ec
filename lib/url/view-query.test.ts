import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readView, readViewStrictly, searchParamsOf, viewQuery } from './view-query';

const ids = ['plasturgie', 'ferroviaire', 'imprimerie', 'logistique', 'economie-sociale', 'emballage', 'numerique'];
const read = (query: string) => readView(new URLSearchParams(query), ids);

describe('viewQuery', () => {
  it('writes the filter, then the sort and the page, leaving the defaults out', () => {
    expect(viewQuery(DEFAULT_VIEW, ids)).toBe('');
    expect(viewQuery({ ...DEFAULT_VIEW, sectors: ['emballage', 'plasturgie'] }, ids)).toBe('?secteur=plasturgie,emballage');
    expect(viewQuery({ sectors: [], sort: { column: 'members', direction: 'descending' }, page: 2 }, ids)).toBe('?tri=membres&ordre=decroissant&page=2');
    expect(viewQuery({ sectors: ['plasturgie'], sort: { column: 'name', direction: 'ascending' }, page: 3 }, ids)).toBe('?secteur=plasturgie&page=3');
  });

  it('gives one spelling to every way of asking for the same view', () => {
    const spellings = ['secteur=emballage,plasturgie', 'secteur=plasturgie&secteur=emballage', 'secteur=PLASTURGIE,emballage&page=1&tri=grappe'];
    expect(new Set(spellings.map((q) => viewQuery(read(q).view, ids)))).toEqual(new Set(['?secteur=plasturgie,emballage']));
  });

  it('reads back what it writes', () => {
    const view = { sectors: ['ferroviaire', 'numerique'], sort: { column: 'employment', direction: 'descending' } as const, page: 4 };
    expect(read(viewQuery(view, ids).slice(1)).view).toEqual(view);
  });
});

describe('readView', () => {
  it('drops what it cannot use and says so, as pages do', () => {
    const reading = read('secteur=plasturgie,spatial&tri=prix&page=2');
    expect(reading.view).toEqual({ sectors: ['plasturgie'], sort: DEFAULT_VIEW.sort, page: 2 });
    expect(reading.filter).toMatchObject({ status: 'invalid', unknown: ['spatial'] });
    expect(reading.tableProblems.map((p) => p.parameter)).toEqual(['tri']);
  });
});

describe('readViewStrictly', () => {
  it('refuses an unknown sector, naming the parameter and the value', () => {
    const result = readViewStrictly(new URLSearchParams('secteur=spatial'), ids);
    expect(result).toMatchObject({ ok: false, problem: { parameter: 'secteur', unknown: ['spatial'] } });
    if (!result.ok) expect(result.problem.message).toMatch(/^Paramètre « secteur » invalide \(secteur inconnu : « spatial »\)/);
  });

  it("refuses a bad sort or page, naming the table's parameter", () => {
    const result = readViewStrictly(new URLSearchParams('page=0'), ids);
    expect(result).toMatchObject({ ok: false, problem: { parameter: 'page', message: 'Tableau : page « 0 » invalide : un nombre entier à partir de 1.' } });
  });

  it('accepts a good view', () => {
    const result = readViewStrictly(new URLSearchParams('secteur=numerique&ordre=decroissant'), ids);
    expect(result.ok && result.reading.view).toEqual({ sectors: ['numerique'], sort: { column: 'name', direction: 'descending' }, page: 1 });
  });
});

describe('searchParamsOf', () => {
  it("turns a page's searchParams record into the query it came from", () => {
    expect(searchParamsOf({ secteur: ['plasturgie', 'emballage'], page: '2', vide: undefined }).toString()).toBe('secteur=plasturgie&secteur=emballage&page=2');
  });
});
