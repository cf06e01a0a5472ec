// CSV for spreadsheets: UTF-8 with a BOM (so that Excel reads accents), ";" as French Excel expects.

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * A text a spreadsheet would run as a formula starts with =, +, -, @, tab or carriage return.
 * Quote marks before it are counted too, so that a text that already starts with the guard's own
 * quote mark gets one more and `undoFormulaGuard` can always tell the two apart.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA_START = /^'+[=+\-@\t\r]/;

/**
 * One cell: quoted when it holds a separator, a quote or a line break; a text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with '.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\n\r,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text of a cell that `csvCell` guarded against formulas: its first quote mark taken off again. */
export function undoFormulaGuard(cell: string): string {
  return GUARDED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
