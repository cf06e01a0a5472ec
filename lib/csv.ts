// CSV for spreadsheets: UTF-8 with a BOM (so that Excel reads accents), ";" as French Excel expects.

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * One cell: quoted when it holds a separator, a quote or a line break; a text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with '.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r,]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
