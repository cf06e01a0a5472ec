// npm run bench -- --scale --cold, and the end of npm run bench -- --scale: the dataset's load and a
// view never asked before, at 1 000 and 10 000 clusters, measured in process: a build at 10 000
// would prerender 10 000 cluster pages, while the server loads and answers with these same functions.
// A report, not a test: it prints the figures beside their targets and never fails on one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { withChartSvg } from '../components/charts/chart-markup';
import { readDatasetFile } from '../lib/data/load';
import type { Dataset } from '../lib/data/schema';
import { formatNumber } from '../lib/format/french';
import { syntheticDataset } from '../lib/synthetic/generator';
import { parseOverviewRequest } from '../lib/url/overview-request';
import { overviewView } from '../lib/view/overview';
import { median, milliseconds } from './bench-support';

/** The synthetic datasets' seed, as in bench-scale.ts: the same clusters at every run. */
const SEED = 1;
const SIZES = [1000, 10_000];
/** Each load, and each filter's view, is timed this many times: the median and the slowest are printed. */
const REPEATS = 5;
/** The argument of the child process that measures one file (see measureInChild). */
const CHILD_FLAG = '--mesure-a-froid';

/** Milliseconds of each load, and of each view with its query, in the order they were timed. */
export type ColdFigures = { loads: number[]; views: Array<{ query: string; ms: number }> };

const dataFileOf = (clusters: number) => `.synthetic/grappes-${clusters}.json`;

/** The queries of the views timed: every sector (the default view), one sector, two together. */
export function coldQueries(dataset: Dataset): string[] {
  const ids = dataset.sectors.map((s) => s.id);
  return ['', `secteur=${ids[0]}`, `secteur=${ids.slice(0, 2).join(',')}`];
}

/**
 * The body GET /api/apercu answers for a query not in its cache: the request read, the view built,
 * both charts drawn, the JSON written. Nothing is kept below the API's answer cache, so every call
 * computes the whole view, as for a filter never asked before.
 */
export function apercuBody(dataset: Dataset, query: string): string {
  const parsed = parseOverviewRequest(new URLSearchParams(query), dataset);
  if (!parsed.ok) throw new Error(`?${query}: ${parsed.message}`);
  return JSON.stringify(withChartSvg(overviewView(dataset, parsed.filter, { sort: parsed.sort, page: parsed.page })));
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * One file's figures, in this process: REPEATS loads as the server's first request makes it
 * (readDatasetFile: read, JSON.parse, zod schema and rules; getDataset would only return the first),
 * then REPEATS rounds of the views, each query once a round.
 */
export function measureFile(file: string): ColdFigures {
  const loads = Array.from({ length: REPEATS }, () => timed(() => readDatasetFile(file)));
  const dataset = readDatasetFile(file);
  const views: ColdFigures['views'] = [];
  for (let round = 0; round < REPEATS; round++) {
    for (const query of coldQueries(dataset)) views.push({ query, ms: timed(() => apercuBody(dataset, query)) });
  }
  return { loads, views };
}

/**
 * A file measured in a fresh Node process with this one's loader (tsx): one size never runs on code
 * the other has warmed up, and its first load and first view are as cold as a server's first request.
 * NODE_ENV=production, as under `next start`: React's development build draws the charts slower.
 */
function measureInChild(file: string): ColdFigures {
  const result = spawnSync(process.execPath, [...process.execArgv, 'scripts/bench-scale-cold.ts', CHILD_FLAG, file], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`measuring ${file} failed`);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as ColdFigures;
}

const viewTimes = (figures: ColdFigures) => figures.views.map((v) => v.ms);
/** The default view's times: no sector asked, so every cluster's bar to sort and count. */
const everySectorTimes = (figures: ColdFigures) => figures.views.filter((v) => v.query === '').map((v) => v.ms);

type Row = { label: string; values: number[]; target: number; targetText: string };

/** The table's rows, one value per size: the loads and the views, median then slowest. */
export function coldRows(figures: ColdFigures[]): Row[] {
  const load = { target: 1000, targetText: '≤ 1 s' };
  const view = { target: 300, targetText: '≤ 300 ms' };
  return [
    { label: 'chargement du jeu de données, médiane', values: figures.map((f) => median(f.loads)), ...load },
    { label: 'chargement du jeu de données, max', values: figures.map((f) => Math.max(...f.loads)), ...load },
    { label: 'vue jamais vue (vue + 2 graphiques), médiane', values: figures.map((f) => median(viewTimes(f))), ...view },
    { label: 'vue jamais vue (vue + 2 graphiques), max', values: figures.map((f) => Math.max(...viewTimes(f))), ...view },
    // The default view sorts and counts every cluster's bar: the heaviest of the three, which the median hides.
    { label: 'dont tous les secteurs, médiane', values: figures.map((f) => median(everySectorTimes(f))), ...view },
  ];
}

/** The table, in the style of bench-scale.ts: the target is held, or not, at the largest size. */
export function coldTable(sizes: number[], rows: Row[]): string[] {
  const width = 48;
  const column = 12;
  const largest = sizes.length - 1;
  const header = `${'grappes'.padEnd(width)}${sizes.map((n) => formatNumber(n).padStart(column)).join('')}   cible à ${formatNumber(sizes[largest])}`;
  return [
    header,
    ...rows.map((row) => {
      const cells = row.values.map((v) => milliseconds(v).padStart(column)).join('');
      const held = row.values[largest] <= row.target ? 'tenue' : 'MANQUÉE';
      return `${row.label.padEnd(width)}${cells}   ${row.targetText} ${held}`;
    }),
  ];
}

export async function benchScaleCold(): Promise<void> {
  console.log(
    `\nEn processus, sans next build (${new Date().toISOString()}, Node ${process.version}) : chargement du jeu de données et vue jamais vue, à ${SIZES.map(formatNumber).join(' et ')} grappes`,
  );
  mkdirSync('.synthetic', { recursive: true });
  for (const clusters of SIZES) {
    writeFileSync(dataFileOf(clusters), `${JSON.stringify(syntheticDataset(clusters, SEED), null, 2)}\n`);
  }
  const figures = SIZES.map((clusters) => measureInChild(dataFileOf(clusters)));
  console.log(`\n${coldTable(SIZES, coldRows(figures)).join('\n')}`);
  console.log(
    `\nChargement : readDatasetFile, comme à la première requête du serveur (lecture du fichier, JSON.parse, schéma zod et règles), ${REPEATS} fois, sans le cache de getDataset. Vue : la réponse de /api/apercu hors de son cache (lecture de la requête, vue de l'aperçu, SVG des deux graphiques, JSON), ${REPEATS} fois chacun des filtres tous les secteurs, un secteur, deux secteurs ; rien n'est gardé sous le cache de l'API. Chaque taille dans un processus Node neuf : le premier chargement et la première vue y sont à froid (max). Jeux synthétiques .synthetic/grappes-<n>.json, graine ${SEED}.`,
  );
}

// In the child process started by measureInChild: the file's figures, as one line of JSON.
if (process.argv.includes(CHILD_FLAG)) {
  process.stdout.write(`${JSON.stringify(measureFile(process.argv[process.argv.indexOf(CHILD_FLAG) + 1]))}\n`);
}
