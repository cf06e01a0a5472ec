// npm run bench -- --scale: build time, page weight, API latency and click-to-chart time at 7, 126 and 1 000 clusters,
// then the dataset's load and a view never asked before at 1 000 and 10 000, in process (bench-scale-cold.ts).
// A report, not a test: it prints the figures beside their targets and never fails on one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DEFAULT_DATA_FILE, readDatasetFile } from '../lib/data/load';
import { formatNumber } from '../lib/format/french';
import type { Dataset } from '../lib/data/schema';
import { syntheticDataset } from '../lib/synthetic/generator';
import { apiTimings, apiUrls, filterClickTimes, median, milliseconds, startServer } from './bench-support';
import { firstLoadJs } from './bench-quality';
import { benchScaleCold } from './bench-scale-cold';

const PORT = Number(process.env.BENCH_SCALE_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
/** The synthetic datasets' seed: the same clusters at every run. */
const SEED = 1;

type Case = { clusters: number; label: string; dataFile: string };

/**
 * The real dataset stands for "7": its nine clusters are the seven of the second wave and two of
 * the first. Then a national list (126, the 2010 and 2011 waves together) and a stress case.
 */
const CASES: Case[] = [
  { clusters: 7, label: '7 (réel)', dataFile: DEFAULT_DATA_FILE },
  { clusters: 126, label: '126', dataFile: '.synthetic/grappes-126.json' },
  { clusters: 1000, label: '1 000', dataFile: '.synthetic/grappes-1000.json' },
];

type Figures = { buildSeconds: number; htmlGzip: number; jsGzip: number; apiMedian: number; clickMedian: number };

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
const seconds = (value: number) => `${value.toFixed(1).replace('.', ',')} s`;

/** A clean `next build` of a dataset in its own folder, so that `.next` stays the real build. */
function build(dataFile: string, distDir: string): number {
  rmSync(distDir, { recursive: true, force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env: { ...process.env, DATA_FILE: dataFile, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const elapsed = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`next build of ${dataFile} failed`);
  }
  return elapsed;
}

/** The overview's HTML, gzipped, and the JavaScript it makes a browser load (see firstLoadJs). */
async function pageWeight(): Promise<{ htmlGzip: number; jsGzip: number }> {
  const html = await (await fetch(`${BASE}/`)).text();
  return { htmlGzip: gzipSync(html).length, jsGzip: (await firstLoadJs(BASE, '/')).loaded };
}

/**
 * Builds are timed in rounds, every dataset once per round, and the fastest of each kept: a build
 * takes half a minute or more, and whatever else the machine does in that time lands on one of them.
 */
const BUILD_ROUNDS = Number(process.env.BENCH_BUILD_ROUNDS ?? 2);

const distDirOf = (testCase: Case) => `.next-bench-${testCase.clusters}`;

async function measureServer(testCase: Case, dataset: Dataset): Promise<Omit<Figures, 'buildSeconds'>> {
  const server = await startServer(PORT, { DATA_FILE: testCase.dataFile, NEXT_DIST_DIR: distDirOf(testCase) });
  try {
    const { htmlGzip, jsGzip } = await pageWeight();
    const apiMedian = median(await apiTimings(BASE, apiUrls(dataset), 500));
    const { firstVisit } = await filterClickTimes(BASE, dataset, 20);
    return { htmlGzip, jsGzip, apiMedian, clickMedian: median(firstVisit) };
  } finally {
    server.kill();
  }
}

export async function benchScale(): Promise<void> {
  console.log(`Banc d'essai à l'échelle, ${new Date().toISOString()}, Node ${process.version}, serveur sur le port ${PORT}`);
  mkdirSync('.synthetic', { recursive: true });
  const datasets = CASES.map((testCase) => {
    if (testCase.dataFile === DEFAULT_DATA_FILE) return readDatasetFile(testCase.dataFile);
    const dataset = syntheticDataset(testCase.clusters, SEED);
    writeFileSync(testCase.dataFile, `${JSON.stringify(dataset, null, 2)}\n`);
    return dataset;
  });
  const buildTimes = CASES.map(() => Infinity);
  for (let round = 1; round <= BUILD_ROUNDS; round++) {
    for (const [i, testCase] of CASES.entries()) {
      const seconds = build(testCase.dataFile, distDirOf(testCase));
      console.log(`construction ${round}/${BUILD_ROUNDS}, ${testCase.label} (${testCase.dataFile} → ${distDirOf(testCase)}) : ${seconds.toFixed(1)} s`);
      buildTimes[i] = Math.min(buildTimes[i], seconds);
    }
  }
  const results: Figures[] = [];
  try {
    for (const [i, testCase] of CASES.entries()) {
      results.push({ buildSeconds: buildTimes[i], ...(await measureServer(testCase, datasets[i])) });
    }
  } finally {
    // Benchmark builds are only measured, not kept (about 90 MB each).
    for (const testCase of CASES) rmSync(distDirOf(testCase), { recursive: true, force: true });
  }

  const [real] = results;
  const largest = results[results.length - 1];
  type Row = { label: string; value: (f: Figures) => number; format: (v: number) => string; target?: number };
  const rows: Row[] = [
    { label: 'construction (next build)', value: (f) => f.buildSeconds, format: seconds, target: real.buildSeconds * 1.5 },
    { label: 'HTML de / (gzip)', value: (f) => f.htmlGzip, format: kilobytes, target: 100 * 1024 },
    { label: 'JS chargé par / (gzip)', value: (f) => f.jsGzip, format: kilobytes },
    { label: 'API /api/grappes, latence médiane', value: (f) => f.apiMedian, format: milliseconds, target: 10 },
    { label: 'clic sur un filtre → graphique, médiane', value: (f) => f.clickMedian, format: milliseconds, target: 150 },
  ];
  const width = 42;
  const column = 12;
  console.log(`\n${'grappes'.padEnd(width)}${CASES.map((c) => c.label.padStart(column)).join('')}   cible à ${formatNumber(1000)}`);
  for (const row of rows) {
    const cells = results.map((f) => row.format(row.value(f)).padStart(column)).join('');
    const target =
      row.target === undefined
        ? ''
        : `   ≤ ${row.format(row.target)}${row === rows[0] ? ' (1,5 × réel)' : ''} ${row.value(largest) <= row.target ? 'tenue' : 'MANQUÉE'}`;
    console.log(`${row.label.padEnd(width)}${cells}${target}`);
  }
  console.log(
    `\nConstruction : la plus rapide de ${BUILD_ROUNDS} next build propres (dossier vidé), avec DATA_FILE et NEXT_DIST_DIR=.next-bench-<n>. Poids : le corps de / et les scripts qu'il fait charger (sans les polyfills nomodule), compressés avec gzip. API : médiane de 500 requêtes en boucle locale (tous les secteurs, chacun seul, deux ensemble). Clic : médiane de 20 clics sur un secteur jamais vu, dans Chromium.`,
  );
  await benchScaleCold();
}
