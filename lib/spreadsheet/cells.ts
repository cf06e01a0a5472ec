// Reading the cells of one row: numbers, yes or no, scopes, and whole figures, each problem at its column.
import type { Scope } from '../data/schema';
import { BOOLEANS, SCOPE_BY_TYPED, SCOPE_CODES, STAND_IN_BY_TYPED, STAND_IN_CODES, typed, WRITTEN_NUMBER } from './codes';
import type { OtherFigureField } from './columns';

/** A cluster or figure as read from the sheet, before the schema has checked it. */
export type Loose = Record<string, unknown>;

export type RowReader = {
  /** The cell's text, trimmed, with the formula guard undone; "" for an empty cell or a column left out. */
  text(column: string): string;
  problem(column: string, reason: string): void;
};

/** An empty cell is a missing value (null), never an empty text. */
export function nullable(text: string): string | null {
  return text === '' ? null : text;
}

function readNumber(cells: RowReader, column: string): number {
  const text = cells.text(column);
  if (!WRITTEN_NUMBER.test(text)) {
    const reason =
      text === ''
        ? "vide, alors que d'autres colonnes de ce chiffre sont remplies (un chiffre non communiqué se note en les laissant toutes vides)"
        : `« ${text} » n'est pas un nombre`;
    cells.problem(column, reason);
    return Number.NaN;
  }
  return Number(text.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.'));
}

function readBoolean(cells: RowReader, column: string): boolean | undefined {
  const text = cells.text(column);
  const value = BOOLEANS.get(text.toLowerCase());
  if (value !== undefined) return value;
  cells.problem(column, text === '' ? 'vide : écrivez oui ou non' : `« ${text} » n'est ni oui ni non`);
  return undefined;
}

function readScope(cells: RowReader, column: string): Scope | undefined {
  const text = cells.text(column);
  const scope = SCOPE_BY_TYPED.get(typed(text));
  if (scope) return scope;
  const codes = Object.values(SCOPE_CODES).join(', ');
  cells.problem(column, text === '' ? `vide : écrivez l'un de ${codes}` : `« ${text} » n'est pas un périmètre : ${codes}`);
  return undefined;
}

/**
 * A figure whose columns are all empty is missing (null); one that has any cell filled must be whole.
 * A figure with a cell already reported reads as `unreadable`: it is left out of the schema and rule
 * checks, which would only repeat the problem, so that they can still find every other one.
 */
export function readFigure(
  row: RowReader,
  columnOf: (field: OtherFigureField) => string,
  fields: OtherFigureField[],
): Loose | null | 'unreadable' {
  if (fields.every((field) => row.text(columnOf(field)) === '')) return null;
  let unreadable = false;
  const cells: RowReader = {
    text: row.text,
    problem: (column, reason) => {
      unreadable = true;
      row.problem(column, reason);
    },
  };
  const figure: Loose = {};
  for (const field of fields) {
    const column = columnOf(field);
    const text = cells.text(column);
    if (field === 'value') figure.value = readNumber(cells, column);
    else if (field === 'scope') figure.scope = readScope(cells, column);
    else if (field === 'approximate') figure.approximate = readBoolean(cells, column);
    else if (field === 'standsInFor') {
      if (text !== '') {
        const standsInFor = STAND_IN_BY_TYPED.get(typed(text));
        if (!standsInFor) cells.problem(column, `« ${text} » : écrivez ${Object.values(STAND_IN_CODES).join(', ')}, ou laissez vide`);
        figure.standsInFor = standsInFor;
      }
    } else if (field === 'caveat') {
      if (text !== '') figure.caveat = text;
    } else figure[field] = text;
  }
  return unreadable ? 'unreadable' : figure;
}
