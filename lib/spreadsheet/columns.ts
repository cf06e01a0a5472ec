// The newsroom's column names, in the sheet's order, with what each holds: the one place a column is named.
import type { Cluster, Figure, OtherFigure, Person } from '../data/schema';

export type FigureField = keyof Figure;
export type OtherFigureField = keyof OtherFigure;

/** The cluster's own columns, first in the sheet, by the field of the dataset each one holds. */
export const CLUSTER_COLUMNS = {
  /** Its id in its URL (`/grappes/nord-package`), unique. */
  slug: 'slug',
  /** Its name. */
  name: 'nom',
  /** Its acronym, "APAF"; empty when it has none. */
  acronym: 'sigle',
  /** Its town; empty when none is given. */
  town: 'ville',
  /** Its area, "bassin audomarois"; empty when none is given. */
  area: 'zone',
  /** The sector's id or label; empty when the article states none (first wave). */
  sectorId: 'secteur',
  /** 1 (first wave, 2010) or 2 (January 2011). */
  wave: 'vague',
  /** One sentence on the cluster. */
  description: 'description',
  /** The article's sentence that names the cluster, word for word. */
  mentionQuote: 'citation_mention',
} as const satisfies Partial<Record<keyof Cluster, string>>;

/** The two main figures, next in the sheet: each column's name starts with the figure's. */
export const MAIN_FIGURES = {
  /** The member count. */
  members: 'membres',
  /** The job count. */
  employment: 'emplois',
} as const;
export type MainFigure = keyof typeof MAIN_FIGURES;

/** Column suffix of each field of a figure, in the sheet's order; the value's own column has none for members and employment. */
export const FIGURE_SUFFIXES: Record<FigureField, string> = {
  /** The value, a whole number: 15 for "une quinzaine". */
  value: '',
  /** What is counted, in the article's words: "salariés". */
  counts: '_compte',
  /** What the figure covers: the cluster's firms, the whole sector in the region, … */
  scope: '_perimetre',
  /** Oui when the article gives the figure approximately ("environ 300"). */
  approximate: '_approximatif',
  /** The figure exactly as written: "11 500", "une quinzaine". */
  asWritten: '_ecrit',
  /** The article's own words the figure comes from. */
  quote: '_citation',
  /** A doubt about how to read the figure; may be left out. */
  caveat: '_reserve',
};

/** The numbered groups of other figures, `autre1_…`, `autre2_…`, after the main figures. */
const OTHER_FIGURE_PREFIX = 'autre';

/** Column suffix of each field of another figure, in the sheet's order: a figure's own, plus two. */
export const OTHER_FIGURE_SUFFIXES: Record<OtherFigureField, string> = {
  /** What the figure is. */
  label: '_libelle',
  ...FIGURE_SUFFIXES,
  value: '_valeur',
  /** The main figure a chart draws this one in place of, when that one is missing; may be left out. */
  standsInFor: '_remplace',
};

/** The numbered groups of people quoted, `personne1_…`, last in the sheet. */
const PERSON_PREFIX = 'personne';

const PERSON_FIELDS = {
  /** Their name. */
  name: 'nom',
  /** Their role; empty when the article gives none. */
  role: 'fonction',
} as const satisfies Partial<Record<keyof Person, string>>;

/** A person's quotes, `…_citation1`, `…_citation2`: the first one required, the others may be left out. */
const PERSON_QUOTE = 'citation';

/** Fields whose columns may be left out of the header: each stands for a field that may be absent. */
const OPTIONAL_FIELDS = new Set<string>(['caveat', 'standsInFor']);

export function mainFigureColumn(figure: MainFigure, field: FigureField): string {
  return `${MAIN_FIGURES[figure]}${FIGURE_SUFFIXES[field]}`;
}

export function otherFigureColumn(n: number, field: OtherFigureField): string {
  return `${OTHER_FIGURE_PREFIX}${n}${OTHER_FIGURE_SUFFIXES[field]}`;
}

export function personColumn(n: number, field: keyof typeof PERSON_FIELDS): string {
  return `${PERSON_PREFIX}${n}_${PERSON_FIELDS[field]}`;
}

export function quoteColumn(person: number, quote: number): string {
  return `${PERSON_PREFIX}${person}_${PERSON_QUOTE}${quote}`;
}

/** How many numbered groups a sheet has: other figures, people, and quotes for each person. */
export type SheetLayout = { otherFigures: number; people: number; quotesPerPerson: number };

/** The header of a sheet: the cluster's columns, its two main figures, then the numbered groups. */
export function spreadsheetHeader(layout: SheetLayout): string[] {
  const header: string[] = Object.values(CLUSTER_COLUMNS);
  for (const figure of Object.keys(MAIN_FIGURES) as MainFigure[]) {
    header.push(...(Object.keys(FIGURE_SUFFIXES) as FigureField[]).map((field) => mainFigureColumn(figure, field)));
  }
  for (let n = 1; n <= layout.otherFigures; n++) {
    header.push(...(Object.keys(OTHER_FIGURE_SUFFIXES) as OtherFigureField[]).map((field) => otherFigureColumn(n, field)));
  }
  for (let n = 1; n <= layout.people; n++) {
    header.push(personColumn(n, 'name'), personColumn(n, 'role'));
    for (let m = 1; m <= layout.quotesPerPerson; m++) header.push(quoteColumn(n, m));
  }
  return header;
}

/**
 * The columns a header must have: the cluster's, its main figures', and those of each numbered group
 * it has (by number), except the optional fields' and a person's quotes after the first.
 */
export function requiredColumns(otherFigures: number[], people: number[]): string[] {
  const required: string[] = Object.values(CLUSTER_COLUMNS);
  for (const figure of Object.keys(MAIN_FIGURES) as MainFigure[]) {
    for (const field of Object.keys(FIGURE_SUFFIXES) as FigureField[]) {
      if (!OPTIONAL_FIELDS.has(field)) required.push(mainFigureColumn(figure, field));
    }
  }
  for (const n of otherFigures) {
    for (const field of Object.keys(OTHER_FIGURE_SUFFIXES) as OtherFigureField[]) {
      if (!OPTIONAL_FIELDS.has(field)) required.push(otherFigureColumn(n, field));
    }
  }
  for (const n of people) required.push(personColumn(n, 'name'), personColumn(n, 'role'), quoteColumn(n, 1));
  return required;
}

const NUMBER = '([1-9]\\d*)';
const OTHER_FIGURE_COLUMN = new RegExp(`^${OTHER_FIGURE_PREFIX}${NUMBER}(${Object.values(OTHER_FIGURE_SUFFIXES).join('|')})$`);
const PERSON_COLUMN = new RegExp(`^${PERSON_PREFIX}${NUMBER}_(?:${Object.values(PERSON_FIELDS).join('|')}|${PERSON_QUOTE}${NUMBER})$`);

/** The numbered group a column belongs to, read from its name: another figure's, or a person's (with the quote's number). */
export type NumberedColumn = { group: 'otherFigure'; n: number } | { group: 'person'; n: number; quote?: number };

export function numberedColumn(column: string): NumberedColumn | null {
  const other = OTHER_FIGURE_COLUMN.exec(column);
  if (other) return { group: 'otherFigure', n: Number(other[1]) };
  const person = PERSON_COLUMN.exec(column);
  if (person) return person[2] ? { group: 'person', n: Number(person[1]), quote: Number(person[2]) } : { group: 'person', n: Number(person[1]) };
  return null;
}
