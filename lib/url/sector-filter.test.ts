import { describe, expect, it } from 'vitest';
import { filterError, filterNotice, parseSectorParam, sectorQuery, toggleSector } from './sector-filter';

const IDS = ['plasturgie', 'ferroviaire', 'imprimerie', 'logistique', 'economie-sociale', 'emballage', 'numerique'];

describe('parseSectorParam', () => {
  it('reads a missing or absent parameter as every sector', () => {
    expect(parseSectorParam(undefined, IDS)).toEqual({ status: 'missing', sectors: [] });
    expect(parseSectorParam(null, IDS)).toEqual({ status: 'missing', sectors: [] });
    expect(parseSectorParam([], IDS)).toEqual({ status: 'missing', sectors: [] });
  });

  it('reads comma-separated ids, in the dataset order', () => {
    expect(parseSectorParam('emballage,plasturgie', IDS)).toEqual({ status: 'valid', sectors: ['plasturgie', 'emballage'] });
  });

  it('reads a repeated parameter, as a GET form sends it', () => {
    expect(parseSectorParam(['emballage', 'plasturgie'], IDS)).toEqual({ status: 'valid', sectors: ['plasturgie', 'emballage'] });
  });

  it('tolerates case and surrounding spaces', () => {
    expect(parseSectorParam(' Plasturgie ', IDS)).toEqual({ status: 'valid', sectors: ['plasturgie'] });
  });

  it('reads every sector named as no filter at all', () => {
    expect(parseSectorParam(IDS.join(','), IDS)).toEqual({ status: 'missing', sectors: [] });
  });

  it('drops unknown sectors and keeps the known ones', () => {
    expect(parseSectorParam('plasturgie,aeronautique', IDS)).toEqual({
      status: 'invalid',
      sectors: ['plasturgie'],
      unknown: ['aeronautique'],
      problem: null,
    });
  });

  it('flags empty and repeated values', () => {
    expect(parseSectorParam('plasturgie,,emballage', IDS)).toMatchObject({ status: 'invalid', sectors: ['plasturgie', 'emballage'], problem: 'valeur vide' });
    expect(parseSectorParam('', IDS)).toMatchObject({ status: 'invalid', sectors: [], problem: 'valeur vide' });
    expect(parseSectorParam('plasturgie,plasturgie', IDS)).toMatchObject({ status: 'invalid', sectors: ['plasturgie'], problem: 'secteur répété' });
  });

  it('refuses a 10 000-character parameter whole', () => {
    const filter = parseSectorParam('plasturgie,'.repeat(1000), IDS);
    expect(filter).toMatchObject({ status: 'invalid', sectors: [], unknown: [] });
    expect(filterNotice(filter)).toMatch(/^Paramètre « secteur » trop long \(11000 caractères\) ignoré\.$/);
  });

  it('treats unusual encodings as unknown values, never as a crash', () => {
    expect(parseSectorParam('pl\u0000asturgie', IDS)).toMatchObject({ status: 'invalid', unknown: ['pl\u0000asturgie'] });
    expect(parseSectorParam('%E9%ZZ', IDS)).toMatchObject({ status: 'invalid', unknown: ['%e9%zz'] });
  });
});

describe('filterNotice', () => {
  it('says which sector was ignored', () => {
    expect(filterNotice(parseSectorParam('plasturgie,aeronautique', IDS))).toBe('Secteur inconnu ignoré : « aeronautique ».');
    expect(filterNotice(parseSectorParam('a,b', IDS))).toBe('Secteurs inconnus ignorés : « a », « b ».');
    expect(filterNotice(parseSectorParam('plasturgie,,', IDS))).toBe('Valeur vide ignorée.');
  });

  it('says nothing for a valid or missing filter', () => {
    expect(filterNotice(parseSectorParam('plasturgie', IDS))).toBeNull();
    expect(filterNotice(parseSectorParam(undefined, IDS))).toBeNull();
  });
});

describe('sectorQuery', () => {
  it('never writes the default into the URL', () => {
    expect(sectorQuery([], IDS)).toBe('');
    expect(sectorQuery(IDS, IDS)).toBe('');
  });

  it('writes ids in the dataset order', () => {
    expect(sectorQuery(['emballage', 'plasturgie'], IDS)).toBe('?secteur=plasturgie,emballage');
  });
});

describe('toggleSector', () => {
  it('adds and removes a sector, keeping the dataset order', () => {
    expect(toggleSector(['emballage'], 'plasturgie', IDS)).toEqual(['plasturgie', 'emballage']);
    expect(toggleSector(['plasturgie', 'emballage'], 'plasturgie', IDS)).toEqual(['emballage']);
  });
});

describe('filterError', () => {
  it('names what is wrong and what is accepted', () => {
    expect(filterError(parseSectorParam('plasturgie,aero', IDS), IDS)).toBe(
      'Paramètre « secteur » invalide (secteur inconnu : « aero »). Valeurs acceptées, séparées par des virgules : ' +
        IDS.join(', ') + '.',
    );
    expect(filterError(parseSectorParam('plasturgie,', IDS), IDS)).toMatch(/^Paramètre « secteur » invalide \(valeur vide\)/);
  });
});
