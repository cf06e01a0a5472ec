import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const csv = toCsv(['grappe', 'membres'], [['Nord Package', 11]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('grappe;membres\r\nNord Package;11\r\n');
  });

  it('leaves missing values empty, never 0', () => {
    expect(toCsv(['membres'], [[null]]).slice(1)).toBe('membres\r\n\r\n');
  });
});

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit « oui », "non"')).toBe('"dit « oui », ""non"""');
    expect(csvCell('ligne\nsuivante')).toBe('"ligne\nsuivante"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+33')).toBe("'+33");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes booleans in French', () => {
    expect(csvCell(true)).toBe('oui');
    expect(csvCell(false)).toBe('non');
  });
});
