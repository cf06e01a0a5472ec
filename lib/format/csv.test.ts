import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, undoFormulaGuard } from './csv';

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

  it('adds a quote mark to a text that already starts like a guarded formula', () => {
    expect(csvCell("'=A1")).toBe("''=A1");
    expect(csvCell("l'=A1")).toBe("l'=A1");
    expect(csvCell("'tout de suite'")).toBe("'tout de suite'");
  });

  it('writes booleans in French', () => {
    expect(csvCell(true)).toBe('oui');
    expect(csvCell(false)).toBe('non');
  });
});

describe('undoFormulaGuard', () => {
  it('takes off the quote mark csvCell adds before a formula', () => {
    expect(undoFormulaGuard("'=HYPERLINK(\"x\")")).toBe('=HYPERLINK("x")');
    expect(undoFormulaGuard("'-1")).toBe('-1');
    expect(undoFormulaGuard("''=A1")).toBe("'=A1");
  });

  it('leaves every other text as it is', () => {
    expect(undoFormulaGuard("'tout de suite'")).toBe("'tout de suite'");
    expect(undoFormulaGuard("aujourd'hui")).toBe("aujourd'hui");
    expect(undoFormulaGuard('-1')).toBe('-1');
  });

  it.each(['=1+1', "'=1+1", "''-2", '@x', "'", "'a", '+33', 'texte', '\t=x', '=A1;"B"'])('gives back « %s » once a CSV reader has read the cell', (text) => {
    const [, [cell]] = parse(toCsv(['texte'], [[text]]), { bom: true, delimiter: ';' });
    expect(undoFormulaGuard(cell)).toBe(text);
  });
});
