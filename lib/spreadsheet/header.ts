// The header line of a sheet: its separator, and which columns it has, each known, once, with every one a group needs.
import { numberedColumn, requiredColumns, spreadsheetHeader } from './columns';
import type { SheetProblem } from './problems';

/** ";" or ",", whichever the header line uses more: French spreadsheets write ";", others ",". */
export function detectSeparator(text: string): ';' | ',' {
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const count = (separator: string) => headerLine.split(separator).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** The columns of a sheet, by name, and the numbers of its groups of other figures and of people (with their quotes). */
export type Header = { columns: string[]; index: Map<string, number>; otherFigures: number[]; people: Map<number, number[]> };

/** The header, or null with every problem of it: no row can be read against a header with one. */
export function readHeader(cells: string[], problems: SheetProblem[]): Header | null {
  const columns = cells.map((c) => c.trim().toLowerCase());
  const index = new Map<string, number>();
  const otherFigures = new Set<number>();
  const people = new Map<number, Set<number>>();
  const known = new Set(spreadsheetHeader({ otherFigures: 0, people: 0, quotesPerPerson: 0 }));
  const before = problems.length;
  columns.forEach((column, i) => {
    if (column === '') {
      problems.push({ row: 1, column: `n° ${i + 1}`, reason: "l'en-tête de cette colonne est vide" });
      return;
    }
    if (index.has(column)) {
      problems.push({ row: 1, column, reason: 'colonne en double' });
      return;
    }
    index.set(column, i);
    const group = numberedColumn(column);
    if (group?.group === 'otherFigure') otherFigures.add(group.n);
    else if (group?.group === 'person') {
      const quotes = people.get(group.n) ?? new Set<number>();
      if (group.quote) quotes.add(group.quote);
      people.set(group.n, quotes);
    } else if (!known.has(column)) {
      problems.push({ row: 1, column, reason: 'colonne inconnue (les colonnes sont décrites dans data/README.md)' });
    }
  });

  const groups = [...otherFigures].sort((a, b) => a - b);
  const required = requiredColumns(groups, [...people.keys()].sort((a, b) => a - b));
  for (const column of required) {
    if (!index.has(column)) problems.push({ row: 1, column, reason: "colonne absente de l'en-tête" });
  }
  if (problems.length > before) return null;
  const sortedPeople = new Map([...people.entries()].sort(([a], [b]) => a - b).map(([n, quotes]) => [n, [...quotes].sort((a, b) => a - b)]));
  return { columns, index, otherFigures: groups, people: sortedPeople };
}
