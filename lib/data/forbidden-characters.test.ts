import { describe, expect, it } from 'vitest';
import { characterCount, codePointLabel, findForbiddenCharacter, printable } from './forbidden-characters';

describe('findForbiddenCharacter', () => {
  it('finds control characters, C0 and C1, with their place', () => {
    expect(findForbiddenCharacter('Nord\u0000Package')).toEqual({ codePoint: 'U+0000', name: 'caractère nul', position: 5, kind: 'control' });
    expect(findForbiddenCharacter('\u001b[31mrouge')).toEqual({ codePoint: 'U+001B', name: 'échappement', position: 1, kind: 'control' });
    expect(findForbiddenCharacter('a\u007f')).toMatchObject({ codePoint: 'U+007F', name: null });
    expect(findForbiddenCharacter('a\u0085b')).toMatchObject({ codePoint: 'U+0085', kind: 'control' });
  });

  it('lets line breaks through only where asked, and never a tab or a carriage return', () => {
    expect(findForbiddenCharacter('ligne\nsuivante')).toEqual({ codePoint: 'U+000A', name: 'saut de ligne', position: 6, kind: 'control' });
    expect(findForbiddenCharacter('ligne\nsuivante', { lineBreaks: true })).toBeNull();
    expect(findForbiddenCharacter('ligne\r\nsuivante', { lineBreaks: true })).toMatchObject({ codePoint: 'U+000D', position: 6 });
    expect(findForbiddenCharacter('a\n\tb', { lineBreaks: true })).toMatchObject({ codePoint: 'U+0009', name: 'tabulation', position: 3 });
  });

  it('finds bidirectional overrides, isolates and marks', () => {
    expect(findForbiddenCharacter('abc\u202Efed')).toEqual({ codePoint: 'U+202E', name: 'forçage de droite à gauche', position: 4, kind: 'bidi' });
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(findForbiddenCharacter(`x${c}`, { lineBreaks: true })).toMatchObject({ codePoint: codePointLabel(c), position: 2, kind: 'bidi' });
    }
  });

  it('counts a character beyond U+FFFF as one place', () => {
    expect(findForbiddenCharacter('😀\u0007')).toMatchObject({ position: 2 });
  });

  it('lets French text through: accents, guillemets, no-break and narrow no-break spaces', () => {
    expect(findForbiddenCharacter('« Fer de lance » du pôle, 11\u00a0500 et 9\u202f408 salariés — Marcq-en-Barœul')).toBeNull();
  });
});

describe('characterCount', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('Barœul')).toBe(6);
    expect(characterCount('😀😀')).toBe(2);
    expect(characterCount('a'.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('printable', () => {
  it('spells out forbidden characters and cuts a long text', () => {
    expect(printable('cav\u202Eeat')).toBe('cav<U+202E>eat');
    expect(printable('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(printable('caveat')).toBe('caveat');
  });
});
