// A problem of a sheet and where it is placed: "ligne N, colonne C : reason", as the newsroom finds it in its spreadsheet.
import type { Problem } from '../data/validate';
import {
  CLUSTER_COLUMNS,
  FIGURE_SUFFIXES,
  mainFigureColumn,
  OTHER_FIGURE_SUFFIXES,
  otherFigureColumn,
  personColumn,
  quoteColumn,
  type FigureField,
  type OtherFigureField,
} from './columns';

/**
 * A problem of a sheet, where the newsroom sees it: the row as the spreadsheet numbers it (the
 * header is row 1) and the column's name; `path` only for a problem outside the clusters.
 */
export type SheetProblem = { row?: number; column?: string; path?: string; reason: string };

/** "grappes.csv: ligne 4, colonne membres: « 6O » n'est pas un nombre", one line per problem. */
export function formatSheetProblems(file: string, problems: SheetProblem[]): string {
  return problems
    .map((p) => {
      const where = p.row === undefined ? p.path : p.column === undefined ? `ligne ${p.row}` : `ligne ${p.row}, colonne ${p.column}`;
      return where === undefined ? `${file}: ${p.reason}` : `${file}: ${where}: ${p.reason}`;
    })
    .join('\n');
}

/** Where the fields of one cluster stand in the sheet: its row and the numbers of its groups. */
export type RowPlace = { row: number; otherFigures: number[]; people: Array<{ n: number; quotes: number[] }> };

/** clusters[2].members.value → ['clusters', 2, 'members', 'value']: the inverse of formatJsonPath. */
function jsonPathKeys(path: string): Array<string | number> {
  return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])));
}

const COLUMN_OF_CLUSTER_FIELD: Record<string, string> = CLUSTER_COLUMNS;

/** The row and column where a field of a cluster is written; undefined when it is not a cluster's. */
function placeOf(keys: Array<string | number>, places: RowPlace[]): Omit<SheetProblem, 'reason'> | undefined {
  const [list, i, field, j, sub, k] = keys;
  if (list !== 'clusters' || typeof i !== 'number' || !places[i]) return undefined;
  const place = places[i];
  const at = (column?: string) => (column === undefined ? { row: place.row } : { row: place.row, column });
  if (typeof field !== 'string') return at();
  if (field in COLUMN_OF_CLUSTER_FIELD) return at(COLUMN_OF_CLUSTER_FIELD[field]);
  if (field === 'members' || field === 'employment') {
    return at(mainFigureColumn(field, typeof j === 'string' && j in FIGURE_SUFFIXES ? (j as FigureField) : 'value'));
  }
  if (field === 'otherFigures' && typeof j === 'number' && place.otherFigures[j] !== undefined) {
    const n = place.otherFigures[j];
    return at(otherFigureColumn(n, typeof sub === 'string' && sub in OTHER_FIGURE_SUFFIXES ? (sub as OtherFigureField) : 'value'));
  }
  if (field === 'people' && typeof j === 'number' && place.people[j] !== undefined) {
    const { n, quotes } = place.people[j];
    if (sub === 'name' || sub === 'role') return at(personColumn(n, sub));
    if (sub === 'quotes') return at(quoteColumn(n, typeof k === 'number' ? (quotes[k] ?? 1) : 1));
  }
  return at();
}

/**
 * The schema's and rules' problems of the clusters read from the sheet, each at the row and column
 * where the newsroom can fix it; a reason that names a cluster by its index names its row instead.
 */
export function placeDatasetProblems(problems: Problem[], places: RowPlace[]): SheetProblem[] {
  return problems.map((problem) => {
    const place = placeOf(jsonPathKeys(problem.path), places);
    const reason = problem.reason.replace(/clusters\[(\d+)\]/g, (whole, i: string) =>
      places[Number(i)] ? `la ligne ${places[Number(i)].row}` : whole,
    );
    return place ? { ...place, reason } : { path: problem.path, reason };
  });
}
