// The dataset's clusters as the newsroom's CSV sheet, one row per cluster.
import { toCsv } from '../format/csv';
import type { Cluster, Dataset, Figure } from '../data/schema';
import { SCOPE_CODES, STAND_IN_CODES } from './codes';
import {
  CLUSTER_COLUMNS,
  MAIN_FIGURES,
  mainFigureColumn,
  otherFigureColumn,
  personColumn,
  quoteColumn,
  spreadsheetHeader,
  type FigureField,
  type MainFigure,
  type SheetLayout,
} from './columns';

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
