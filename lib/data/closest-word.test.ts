import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from './closest-word';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('caveat', 'caveat')).toBe(0);
    expect(editDistance('', 'quote')).toBe(5);
    expect(editDistance('quote', '')).toBe(5);
    expect(editDistance('quotes', 'quote')).toBe(1);
    expect(editDistance('scope', 'slope')).toBe(1);
    expect(editDistance('synthetique', 'synthetic')).toBe(3);
  });

  it('counts two swapped neighbours as one typo', () => {
    expect(editDistance('cavaet', 'caveat')).toBe(1);
    expect(editDistance('nmae', 'name')).toBe(1);
  });

  it('counts letters, not UTF-16 units', () => {
    expect(editDistance('𝟘a', 'a')).toBe(1);
  });
});

describe('closestWord', () => {
  const figureKeys = ['value', 'counts', 'scope', 'approximate', 'asWritten', 'quote', 'caveat'];

  it('suggests the known key a typo was meant to be', () => {
    expect(closestWord('cavaet', figureKeys)).toBe('caveat');
    expect(closestWord('aswritten', figureKeys)).toBe('asWritten');
    expect(closestWord('as_written', figureKeys)).toBe('asWritten');
    expect(closestWord('synthetique', ['kind', 'title', 'synthetic'])).toBe('synthetic');
  });

  it('suggests nothing for a word that is not a typo of any', () => {
    expect(closestWord('commentaire', figureKeys)).toBeNull();
    expect(closestWord('nom', ['name', 'role', 'quotes'])).toBeNull();
    expect(closestWord('x', [])).toBeNull();
  });

  it('prefers the closest candidate, then the first', () => {
    expect(closestWord('scape', ['shape', 'scope'])).toBe('shape');
    expect(closestWord('quotes', ['quote', 'quotes'])).toBe('quotes');
  });
});
