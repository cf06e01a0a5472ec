// The newsroom's spreadsheet of clusters (one row per cluster) to and from the dataset, losslessly.
import { parse, type CsvError } from 'csv-parse/sync';
import { toCsv, undoFormulaGuard } from '../format/csv';
import type { Cluster, Dataset, Figure, OtherFigure, Person, Scope } from '../data/schema';
import { SCOPE_INFO } from '../data/scopes';
import { validateDataset } from '../data/validate';
import {
  CLUSTER_COLUMNS,
  FIGURE_SUFFIXES,
  MAIN_FIGURES,
  mainFigureColumn,
  numberedColumn,
  OPTIONAL_FIELDS,
  OTHER_FIGURE_SUFFIXES,
  otherFigureColumn,
  personColumn,
  quoteColumn,
  spreadsheetHeader,
  type FigureField,
  type MainFigure,
  type OtherFigureField,
  type SheetLayout,
} from './columns';

export { spreadsheetHeader, type SheetLayout };

/** What the newsroom types in a `…_perimetre` column, for each scope of the schema. */
export const SCOPE_CODES: Record<Scope, string> = {
  members: 'membres',
  'regional-sector': 'filiere-regionale',
  'metro-area': 'metropole',
  pole: 'pole',
};

/** What the newsroom types in an `autreN_remplace` column: the name of the main figure's column. */
const STAND_IN_CODES: Record<NonNullable<OtherFigure['standsInFor']>, string> = MAIN_FIGURES;

/** The slug of the template's example row: importing it by mistake would publish an example. */
export const EXAMPLE_SLUG = 'exemple-a-supprimer';

/** The groups the data needs, and at least one of each so that a newsroom sees the columns exist. */
function layoutOf(clusters: Cluster[]): SheetLayout {
  return {
    otherFigures: Math.max(1, ...clusters.map((c) => c.otherFigures.length)),
    people: Math.max(1, ...clusters.map((c) => c.people.length)),
    quotesPerPerson: Math.max(1, ...clusters.flatMap((c) => c.people.map((p) => p.quotes.length))),
  };
}

type Cell = string | number | boolean | null;

function figureCells(figure: Figure | null, columnOf: (field: FigureField) => string): Array<[string, Cell]> {
  if (!figure) return [];
  return [
    [columnOf('value'), figure.value],
    [columnOf('counts'), figure.counts],
    [columnOf('scope'), SCOPE_CODES[figure.scope]],
    [columnOf('approximate'), figure.approximate],
    [columnOf('asWritten'), figure.asWritten],
    [columnOf('quote'), figure.quote],
    [columnOf('caveat'), figure.caveat ?? null],
  ];
}

function clusterCells(cluster: Cluster): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const [field, column] of Object.entries(CLUSTER_COLUMNS)) cells.set(column, cluster[field as keyof typeof CLUSTER_COLUMNS]);
  for (const figure of Object.keys(MAIN_FIGURES) as MainFigure[]) {
    for (const [column, value] of figureCells(cluster[figure], (field) => mainFigureColumn(figure, field))) cells.set(column, value);
  }
  cluster.otherFigures.forEach((figure, i) => {
    for (const [column, value] of figureCells(figure, (field) => otherFigureColumn(i + 1, field))) cells.set(column, value);
    cells.set(otherFigureColumn(i + 1, 'label'), figure.label);
    cells.set(otherFigureColumn(i + 1, 'standsInFor'), figure.standsInFor ? STAND_IN_CODES[figure.standsInFor] : null);
  });
  cluster.people.forEach((person, i) => {
    cells.set(personColumn(i + 1, 'name'), person.name);
    cells.set(personColumn(i + 1, 'role'), person.role);
    person.quotes.forEach((quote, j) => cells.set(quoteColumn(i + 1, j + 1), quote));
  });
  return cells;
}

/** The dataset's clusters as the newsroom's CSV: one row per cluster, missing values left empty. */
export function datasetToSpreadsheet(dataset: Dataset): string {
  const header = spreadsheetHeader(layoutOf(dataset.clusters));
  const rows = dataset.clusters.map((cluster) => {
    const cells = clusterCells(cluster);
    return header.map((column) => cells.get(column) ?? null);
  });
  return toCsv(header, rows);
}

/**
 * A problem of a sheet, where the newsroom sees it: the row as the spreadsheet numbers it (the
 * header is row 1) and the column's name; `path` only for a problem outside the clusters.
 */
export type SheetProblem = { row?: number; column?: string; path?: string; reason: string };
export type SheetImport = { ok: true; dataset: Dataset } | { ok: false; problems: SheetProblem[] };

/** "grappes.csv: ligne 4, colonne membres: « 6O » n'est pas un nombre", one line per problem. */
export function formatSheetProblems(file: string, problems: SheetProblem[]): string {
  return problems
    .map((p) => {
      const where = p.row === undefined ? p.path : p.column === undefined ? `ligne ${p.row}` : `ligne ${p.row}, colonne ${p.column}`;
      return where === undefined ? `${file}: ${p.reason}` : `${file}: ${where}: ${p.reason}`;
    })
    .join('\n');
}

/** ";" or ",", whichever the header line uses more: French spreadsheets write ";", others ",". */
export function detectSeparator(text: string): ';' | ',' {
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const count = (separator: string) => headerLine.split(separator).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** For comparing what a person types with a code: no accents, no case, dashes for spaces. */
function typed(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/[\s_]+/g, '-');
}

const SCOPE_BY_TYPED = new Map<string, Scope>(
  (Object.keys(SCOPE_CODES) as Scope[]).flatMap((scope) =>
    [SCOPE_CODES[scope], scope, SCOPE_INFO[scope].label].map((word) => [typed(word), scope] as const),
  ),
);

const STAND_IN_BY_TYPED = new Map(
  (Object.keys(STAND_IN_CODES) as Array<keyof typeof STAND_IN_CODES>).flatMap((field) =>
    [STAND_IN_CODES[field], field].map((word) => [typed(word), field] as const),
  ),
);

const BOOLEANS = new Map([
  ['oui', true],
  ['non', false],
  ['true', true],
  ['false', false],
  // What a French spreadsheet writes for a boolean cell.
  ['vrai', true],
  ['faux', false],
]);

/** "11 500" with plain, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009) spaces between thousands. */
const WRITTEN_NUMBER = /^-?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?$/;

/** A cluster or figure as read from the sheet, before the schema has checked it. */
type Loose = Record<string, unknown>;

type Header = { columns: string[]; index: Map<string, number>; otherFigures: number[]; people: Map<number, number[]> };

function readHeader(cells: string[], problems: SheetProblem[]): Header | null {
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

  const required: string[] = Object.values(CLUSTER_COLUMNS);
  for (const figure of Object.keys(MAIN_FIGURES) as MainFigure[]) {
    for (const field of Object.keys(FIGURE_SUFFIXES) as FigureField[]) {
      if (!OPTIONAL_FIELDS.has(field)) required.push(mainFigureColumn(figure, field));
    }
  }
  const groups = [...otherFigures].sort((a, b) => a - b);
  for (const n of groups) {
    for (const field of Object.keys(OTHER_FIGURE_SUFFIXES) as OtherFigureField[]) {
      if (!OPTIONAL_FIELDS.has(field)) required.push(otherFigureColumn(n, field));
    }
  }
  for (const n of [...people.keys()].sort((a, b) => a - b)) required.push(personColumn(n, 'name'), personColumn(n, 'role'), quoteColumn(n, 1));
  for (const column of required) {
    if (!index.has(column)) problems.push({ row: 1, column, reason: "colonne absente de l'en-tête" });
  }
  if (problems.length > before) return null;
  const sortedPeople = new Map([...people.entries()].sort(([a], [b]) => a - b).map(([n, quotes]) => [n, [...quotes].sort((a, b) => a - b)]));
  return { columns, index, otherFigures: groups, people: sortedPeople };
}

/** Where the fields of one cluster stand in the sheet: its row and the numbers of its groups. */
type RowPlace = { row: number; otherFigures: number[]; people: Array<{ n: number; quotes: number[] }> };

type RowReader = {
  /** The cell's text, trimmed, with the formula guard undone; "" for an empty cell or a column left out. */
  text(column: string): string;
  problem(column: string, reason: string): void;
};

function nullable(text: string): string | null {
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
function readFigure(
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

/** Field order of the dataset file, so that an import rewrites an unchanged cluster byte for byte. */
const MAIN_FIGURE_FIELDS: OtherFigureField[] = ['value', 'counts', 'scope', 'approximate', 'asWritten', 'quote', 'caveat'];
const OTHER_FIGURE_FIELDS: OtherFigureField[] = ['label', 'value', 'counts', 'scope', 'standsInFor', 'approximate', 'asWritten', 'quote', 'caveat'];

function readCluster(cells: RowReader, header: Header, dataset: Pick<Dataset, 'sectors'>, place: RowPlace): Loose {
  const slug = cells.text(CLUSTER_COLUMNS.slug);
  if (slug === EXAMPLE_SLUG) cells.problem(CLUSTER_COLUMNS.slug, "ligne d'exemple du modèle : supprimez-la avant l'import");

  const sectorText = cells.text(CLUSTER_COLUMNS.sectorId);
  let sectorId: string | null = null;
  if (sectorText !== '') {
    const sector = dataset.sectors.find((s) => typed(s.id) === typed(sectorText) || typed(s.label) === typed(sectorText));
    if (!sector) {
      const ids = dataset.sectors.map((s) => s.id).join(', ');
      cells.problem(CLUSTER_COLUMNS.sectorId, `« ${sectorText} » n'est pas un secteur connu (${ids})`);
    }
    sectorId = sector?.id ?? null;
  }

  const waveText = cells.text(CLUSTER_COLUMNS.wave);
  const wave = waveText === '1' ? 1 : waveText === '2' ? 2 : undefined;
  if (wave === undefined) {
    cells.problem(CLUSTER_COLUMNS.wave, `${waveText === '' ? 'vide' : `« ${waveText} »`} : écrivez 1 (première vague, 2010) ou 2 (janvier 2011)`);
  }

  const mainFigure = (key: MainFigure) => {
    const figure = readFigure(cells, (field) => mainFigureColumn(key, field as FigureField), MAIN_FIGURE_FIELDS);
    return figure === 'unreadable' ? null : figure;
  };

  const otherFigures: Loose[] = [];
  for (const n of header.otherFigures) {
    const figure = readFigure(cells, (field) => otherFigureColumn(n, field), OTHER_FIGURE_FIELDS);
    if (figure !== null && figure !== 'unreadable') {
      otherFigures.push(figure);
      place.otherFigures.push(n);
    }
  }

  const people: Loose[] = [];
  for (const [n, quoteNumbers] of header.people) {
    const name = cells.text(personColumn(n, 'name'));
    const role = cells.text(personColumn(n, 'role'));
    const quotes = quoteNumbers.map((m) => [m, cells.text(quoteColumn(n, m))] as const).filter(([, quote]) => quote !== '');
    if (name === '' && role === '' && quotes.length === 0) continue;
    people.push({ name, role: nullable(role), quotes: quotes.map(([, quote]) => quote) } satisfies Record<keyof Person, unknown>);
    place.people.push({ n, quotes: quotes.map(([m]) => m) });
  }

  return {
    slug,
    name: cells.text(CLUSTER_COLUMNS.name),
    acronym: nullable(cells.text(CLUSTER_COLUMNS.acronym)),
    town: nullable(cells.text(CLUSTER_COLUMNS.town)),
    area: nullable(cells.text(CLUSTER_COLUMNS.area)),
    sectorId,
    wave: wave ?? 2, // already reported: any valid wave lets the other checks run
    description: nullable(cells.text(CLUSTER_COLUMNS.description)),
    mentionQuote: cells.text(CLUSTER_COLUMNS.mentionQuote),
    members: mainFigure('members'),
    employment: mainFigure('employment'),
    otherFigures,
    people,
  } satisfies Record<keyof Cluster, unknown>;
}

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
 * Reads the newsroom's CSV into a dataset: the clusters come from the sheet, everything else from
 * `base`. The result passes the same schema and rules as the dataset file, or says every problem
 * it found with the row and column where the newsroom can fix it.
 */
export function spreadsheetToDataset(text: string, base: Dataset): SheetImport {
  const body = text.replace(/^\uFEFF/, '');
  let records: Array<{ record: string[]; info: { records: number } }>;
  try {
    records = parse(body, { delimiter: detectSeparator(body), relax_column_count: true, relax_quotes: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const csvError = error as CsvError & { records?: number };
    const row = (csvError.records ?? 0) + 1;
    const reason =
      csvError.code === 'CSV_QUOTE_NOT_CLOSED'
        ? "guillemet jamais refermé : la cellule qui commence sur cette ligne court jusqu'à la fin du fichier"
        : `CSV illisible (${csvError.message})`;
    return { ok: false, problems: [{ row, reason }] };
  }
  if (records.length === 0) return { ok: false, problems: [{ reason: 'le fichier est vide' }] };

  const problems: SheetProblem[] = [];
  const header = readHeader(records[0].record, problems);
  if (!header) return { ok: false, problems };

  const clusters: Loose[] = [];
  const places: RowPlace[] = [];
  for (const { record, info } of records.slice(1)) {
    const row = info.records;
    if (record.every((cell) => cell.trim() === '')) continue; // an empty row of the spreadsheet
    if (record.length !== header.columns.length) {
      problems.push({
        row,
        reason: `${record.length} cellules au lieu de ${header.columns.length} comme l'en-tête (un « ; » ou un guillemet en trop ou en moins ?)`,
      });
      continue;
    }
    const cells: RowReader = {
      text: (column) => {
        const i = header.index.get(column);
        return i === undefined ? '' : undoFormulaGuard(record[i].trim());
      },
      problem: (column, reason) => problems.push({ row, column, reason }),
    };
    const place: RowPlace = { row, otherFigures: [], people: [] };
    clusters.push(readCluster(cells, header, base, place));
    places.push(place);
  }

  if (clusters.length === 0) {
    return { ok: false, problems: problems.length > 0 ? problems : [{ reason: "aucune grappe : aucune ligne remplie sous l'en-tête" }] };
  }

  const dataset = {
    source: base.source,
    programme: base.programme,
    context: base.context,
    sectors: base.sectors,
    clusters,
  };
  const result = validateDataset(dataset);
  if (!result.ok) {
    for (const problem of result.problems) {
      const place = placeOf(jsonPathKeys(problem.path), places);
      const reason = problem.reason.replace(/clusters\[(\d+)\]/g, (whole, i: string) =>
        places[Number(i)] ? `la ligne ${places[Number(i)].row}` : whole,
      );
      if (!place) problems.push({ path: problem.path, reason });
      else problems.push({ ...place, reason });
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  return { ok: true, dataset: dataset as Dataset };
}

/** Slugs an import adds and removes, so that a newsroom sees a dropped cluster before it is lost. */
export function clusterChanges(before: Dataset, after: Dataset): { added: string[]; removed: string[] } {
  const beforeSlugs = new Set(before.clusters.map((c) => c.slug));
  const afterSlugs = new Set(after.clusters.map((c) => c.slug));
  return {
    added: [...afterSlugs].filter((slug) => !beforeSlugs.has(slug)),
    removed: [...beforeSlugs].filter((slug) => !afterSlugs.has(slug)),
  };
}
