// The newsroom's CSV sheet into a dataset: each row read into a cluster, then checked as the dataset file is.
import { parse, type CsvError } from 'csv-parse/sync';
import { undoFormulaGuard } from '../format/csv';
import type { Cluster, Dataset, Person } from '../data/schema';
import { validateDataset } from '../data/validate';
import { nullable, readFigure, type Loose, type RowReader } from './cells';
import { typed } from './codes';
import {
  CLUSTER_COLUMNS,
  mainFigureColumn,
  otherFigureColumn,
  personColumn,
  quoteColumn,
  type FigureField,
  type MainFigure,
  type OtherFigureField,
} from './columns';
import { detectSeparator, readHeader, type Header } from './header';
import { placeDatasetProblems, type RowPlace, type SheetProblem } from './problems';

export type SheetImport = { ok: true; dataset: Dataset } | { ok: false; problems: SheetProblem[] };

/** The slug of the template's example row: importing it by mistake would publish an example. */
export const EXAMPLE_SLUG = 'exemple-a-supprimer';

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
    // Not in the sheet (it has one row per cluster): kept from the dataset the sheet was made from.
    ...(base.corrections ? { corrections: base.corrections } : {}),
  };
  const result = validateDataset(dataset);
  if (!result.ok) problems.push(...placeDatasetProblems(result.problems, places));
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  return { ok: true, dataset: dataset as Dataset };
}
