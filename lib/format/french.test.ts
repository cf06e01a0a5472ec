import { describe, expect, it } from 'vitest';
import { findFigureInQuote, formatCount, formatCountInWords, formatDate, formatEuros, formatFigureValue, formatNumber, formatOrdinal, parseFrenchNumber } from './french';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups thousands with a no-break space, as a French reader expects', () => {
    expect(formatNumber(11500)).toBe(`11${NBSP}500`);
    expect(formatNumber(9408)).toBe(`9${NBSP}408`);
    expect(formatNumber(24000000)).toBe(`24${NBSP}000${NBSP}000`);
    expect(formatNumber(60)).toBe('60');
  });

  it('marks approximate figures', () => {
    expect(formatFigureValue(15, true)).toBe('≈ 15');
    expect(formatFigureValue(19000, false)).toBe(`19${NBSP}000`);
  });
});

describe('counts and ranks', () => {
  it('writes a count with its noun, singular up to one', () => {
    expect(formatCount(1, 'grappe', 'grappes')).toBe('1 grappe');
    expect(formatCount(0, 'grappe', 'grappes')).toBe('0 grappe');
    expect(formatCount(1000, 'grappe', 'grappes')).toBe(`1${NBSP}000 grappes`);
  });

  it('abbreviates ranks the French way', () => {
    expect(formatOrdinal(1)).toBe('1er');
    expect(formatOrdinal(2)).toBe('2e');
    expect(formatOrdinal(1234)).toBe(`1${NBSP}234e`);
  });

  it('writes small counts in words, as the article does, and large ones in digits', () => {
    expect(formatCountInWords(7)).toBe('sept');
    expect(formatCountInWords(1)).toBe('une');
    expect(formatCountInWords(16)).toBe('seize');
    expect(formatCountInWords(17)).toBe('17');
    expect(formatCountInWords(1000)).toBe(`1${NBSP}000`);
  });
});

describe('formatDate', () => {
  it('writes dates the French way', () => {
    expect(formatDate('2011-01-21')).toBe('21 janvier 2011');
    expect(formatDate('2011-01-22')).toBe('22 janvier 2011');
  });

  it('writes the first of the month as "1er"', () => {
    expect(formatDate('2010-05-01')).toBe('1er mai 2010');
  });

  it('refuses a date that is not one', () => {
    expect(() => formatDate('2011-13-45')).toThrow(/date invalide/);
  });
});

describe('formatEuros', () => {
  it('writes round millions in words', () => {
    expect(formatEuros(24_000_000)).toBe("24 millions d'euros");
    expect(formatEuros(1_000_000)).toBe("1 million d'euros");
    expect(formatEuros(200_000)).toBe(`200${NBSP}000 euros`);
  });
});

describe('parseFrenchNumber', () => {
  it.each([
    ['11 500', 11500, false],
    ['9 408', 9408, false],
    ['60', 60, false],
    ['Sept', 7, false],
    ['deux', 2, false],
    ['24 millions', 24_000_000, false],
    ['une quinzaine', 15, true],
    ['une dizaine', 10, true],
    ['environ 300', 300, true],
    ['près de 1 200', 1200, true],
  ])('reads « %s » as %d (approximate: %s)', (written, value, approximate) => {
    expect(parseFrenchNumber(written)).toEqual({ value, approximate });
  });

  it.each(['', 'beaucoup', '12 abc', '1,5', 'trois pommes'])('does not read « %s » as a number', (written) => {
    expect(parseFrenchNumber(written)).toBeNull();
  });
});

describe('findFigureInQuote', () => {
  const NNBSP = '\u202f';
  const found = (quote: string, asWritten: string) => {
    const place = findFigureInQuote(quote, asWritten);
    return place.found ? quote.slice(place.start, place.end) : null;
  };
  const within = (quote: string, asWritten: string) => {
    const place = findFigureInQuote(quote, asWritten);
    return place.found ? 'found' : place.within;
  };

  it('finds a figure written as a number of its own', () => {
    expect(found('regroupe 60 industriels plasturgistes', '60')).toBe('60');
    expect(found('(une filière regroupant 200 entreprises et 11 500 salariés en région)', '11 500')).toBe('11 500');
    expect(found('(400 entreprises, 10 plateformes, 50 centres de formation)', '10')).toBe('10');
    expect(found('une enveloppe de 24 millions d\'euros sur deux ans', '24 millions')).toBe('24 millions');
    expect(found('Sept projets régionaux ont été sélectionnés.', 'Sept')).toBe('Sept');
    expect(found('est un mini cluster d\'une quinzaine d\'entreprises', 'une quinzaine')).toBe('une quinzaine');
    expect(found('soutient depuis 2009.', '2009')).toBe('2009');
    expect(found('environ 3 000 salariés', 'environ 3 000')).toBe('environ 3 000');
  });

  it('takes a plain, no-break or narrow no-break space between thousands alike', () => {
    expect(found(`11${NBSP}500 salariés`, '11 500')).toBe(`11${NBSP}500`);
    expect(found(`11${NNBSP}500 salariés`, '11 500')).toBe(`11${NNBSP}500`);
    expect(found('11 500 salariés', `11${NBSP}500`)).toBe('11 500');
  });

  it('refuses a figure that is only a piece of a longer number, and says which', () => {
    expect(within('regroupe 500 membres', '5')).toBe('500');
    expect(within('rassemblant 11 500 emplois', '1 500')).toBe('11 500');
    expect(within(`rassemblant 11${NBSP}500 emplois`, '500')).toBe(`11${NBSP}500`);
    expect(within('regroupe 160 industriels', '60')).toBe('160');
    expect(within('regroupe 60 000 salariés', '60')).toBe('60 000');
    expect(within('près de 1,5 million', '5')).toBe('1,5');
    expect(within('entre 2009-2010 et', '2009')).toBe('2009-2010');
    expect(within('la deuxième vague', 'deux')).toBe('deuxième');
  });

  it('says nothing is there when the figure is nowhere', () => {
    expect(findFigureInQuote('une filière régionale', '11 500')).toEqual({ found: false, within: null });
  });

  it('finds the figure standing alone even when a piece of another number comes first', () => {
    expect(found('160 candidats, 60 retenus', '60')).toBe('60');
  });
});
