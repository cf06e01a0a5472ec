// What the newsroom types in a cell (scope codes, stand-ins, yes or no, numbers), and how loosely it is read back.
import type { OtherFigure, Scope } from '../data/schema';
import { SCOPE_INFO } from '../data/scopes';
import { MAIN_FIGURES } from './columns';

/** What the newsroom types in a `…_perimetre` column, for each scope of the schema. */
export const SCOPE_CODES: Record<Scope, string> = {
  members: 'membres',
  'regional-sector': 'filiere-regionale',
  'metro-area': 'metropole',
  pole: 'pole',
};

/** What the newsroom types in an `autreN_remplace` column: the name of the main figure's column. */
export const STAND_IN_CODES: Record<NonNullable<OtherFigure['standsInFor']>, string> = MAIN_FIGURES;

/** For comparing what a person types with a code: no accents, no case, dashes for spaces. */
export function typed(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/[\s_]+/g, '-');
}

export const SCOPE_BY_TYPED = new Map<string, Scope>(
  (Object.keys(SCOPE_CODES) as Scope[]).flatMap((scope) =>
    [SCOPE_CODES[scope], scope, SCOPE_INFO[scope].label].map((word) => [typed(word), scope] as const),
  ),
);

export const STAND_IN_BY_TYPED = new Map(
  (Object.keys(STAND_IN_CODES) as Array<keyof typeof STAND_IN_CODES>).flatMap((field) =>
    [STAND_IN_CODES[field], field].map((word) => [typed(word), field] as const),
  ),
);

export const BOOLEANS = new Map([
  ['oui', true],
  ['non', false],
  ['true', true],
  ['false', false],
  // What a French spreadsheet writes for a boolean cell.
  ['vrai', true],
  ['faux', false],
]);

/** "11 500" with plain, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009) spaces between thousands. */
export const WRITTEN_NUMBER = /^-?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?$/;
