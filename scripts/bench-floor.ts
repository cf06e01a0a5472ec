// The floor the pages are measured against (npm run bench, and `-- --floor` alone): a bare Next.js
// app built from the project's own installed next, react and react-dom, one App Router page with an
// <h1> and an inline SVG of ten <rect>s, served by `next start` beside the project. Each figure is
// printed as a ratio to the floor's, measured in the same run: absolute times vary from run to run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { firstLoadJs, lighthouseMedians, lighthouseVersion, type LighthouseMedians } from './bench-quality';
import { startServer } from './bench-support';

/** Inside the project, so that the floor resolves the project's node_modules; ignored by git (.next-*). */
export const FLOOR_DIR = '.next-bench-floor';

/** The same-weight pages' sizes: SAME_WEIGHT_STEP rows apart (about 7 kB), up to about 280 kB. */
const SAME_WEIGHT_STEP = 25;
const SAME_WEIGHT_SIZES = 40;

const FLOOR_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plancher', private: true }),
  // Its own, empty: Next.js would otherwise build in the project's, found at the workspace root.
  'instrumentation.js': 'export function register() {}\n',
  // The workspace root is the project's, where node_modules is.
  'next.config.js': "module.exports = { turbopack: { root: require('node:path').join(__dirname, '..') } };\n",
  'app/layout.jsx': `export const metadata = { title: 'Plancher' };
export default function RootLayout({ children }) {
  return (<html lang="fr"><body>{children}</body></html>);
}
`,
  'app/page.jsx': `export default function Page() {
  return (
    <main>
      <h1>Plancher</h1>
      <svg width="560" height="400" role="img" aria-label="Dix barres">
        {Array.from({ length: 10 }, (_, i) => <rect key={i} x="0" y={i * 40} width={50 + i * 50} height="30" fill="#335" />)}
      </svg>
    </main>
  );
}
`,
  // The same bare page, with n rows of French text: one is kept per size, so that the bench can
  // serve the floor at the weight of the project's page (see sameWeightPath).
  'app/poids/[rangs]/page.jsx': `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${SAME_WEIGHT_SIZES} }, (_, i) => ({ rangs: String(${SAME_WEIGHT_STEP} * (i + 1)) }));
}
const ROW = 'grappe d’entreprises : « membres de la filière » — emplois, salariés, périmètre régional';
export default async function Page({ params }) {
  const rangs = Number((await params).rangs);
  return (
    <main>
      <h1>Plancher, au poids d’une page</h1>
      {Array.from({ length: rangs }, (_, i) => <p key={i} className="text-sm leading-snug text-muted">{String(i).padStart(4, '0')} {ROW}</p>)}
      <svg width="560" height="400" role="img" aria-label="Dix barres">
        {Array.from({ length: 10 }, (_, i) => <rect key={i} x="0" y={i * 40} width={50 + i * 50} height="30" fill="#335" />)}
      </svg>
    </main>
  );
}
`,
};

/** Writes and builds the floor app; the caller removes FLOOR_DIR afterwards. */
export function buildFloor(): string {
  const dir = path.resolve(FLOOR_DIR);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const build = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the floor app did not build:\n${build.stdout}\n${build.stderr}`);
  return dir;
}

type Target = { label: string; url: string };
type LoadFigures = { rps: number; p50: number; p99: number; errors: number };
type Figures = {
  htmlBytes: number;
  load: Record<number, LoadFigures>;
  /** At 20 connections, asking for gzip as every browser does. */
  gzipLoad: LoadFigures;
  htmlGzip: number;
  js: number;
  lighthouse?: LighthouseMedians;
};

const CONNECTIONS = [20, 100];
const LOAD_SECONDS = 8;

/** What a browser says it takes (Chromium's Accept-Encoding): the server may then send gzip. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

async function load(url: string, connections: number, headers: Record<string, string> = {}): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: LOAD_SECONDS, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** A page's HTML as sent without Accept-Encoding: its bytes, and their gzip. */
async function htmlWeight(url: string): Promise<{ bytes: number; gzip: number }> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { bytes: html.length, gzip: gzipSync(html).length };
}
const htmlBytes = async (url: string) => (await htmlWeight(url)).bytes;

/**
 * The floor's page whose HTML weighs as much as `bytes` (within half a step): each row adds the
 * same bytes, so two sizes give the line the others lie on.
 */
async function sameWeightPath(floorBase: string, bytes: number): Promise<string> {
  const path = (rows: number) => `/poids/${rows}`;
  const smallest = SAME_WEIGHT_STEP;
  const largest = SAME_WEIGHT_STEP * SAME_WEIGHT_SIZES;
  const [low, high] = [await htmlBytes(floorBase + path(smallest)), await htmlBytes(floorBase + path(largest))];
  const rows = smallest + ((bytes - low) / (high - low)) * (largest - smallest);
  const step = Math.min(SAME_WEIGHT_SIZES, Math.max(1, Math.round(rows / SAME_WEIGHT_STEP)));
  return path(step * SAME_WEIGHT_STEP);
}

const ratio = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}×` : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * The project's pages beside the floor: throughput and latency at 20 and 100 connections,
 * Lighthouse (median of 3, unless `quick`), HTML and first-load JS weight; each with its ratio.
 */
export async function benchBesideFloor(base: string, routes: Target[], floorPort: number, quick: boolean) {
  const floorDir = buildFloor();
  const floor = await startServer(floorPort, {}, { cwd: floorDir, readyPath: '/' });
  try {
    const floorBase = `http://127.0.0.1:${floorPort}`;
    // The bare page again, grown with text to the weight of the project's first page: what the
    // same bytes cost Next.js alone, so that the weight's share of each ratio shows.
    const heavy = await sameWeightPath(floorBase, await htmlBytes(base + routes[0].url));
    const targets: Target[] = [
      ...routes.map((r) => ({ label: r.label, url: base + r.url })),
      { label: `plancher au poids de ${routes[0].label}`, url: floorBase + heavy },
      { label: 'plancher (Next.js nu)', url: `${floorBase}/` },
    ];
    const figures: Figures[] = [];
    for (const target of targets) {
      for (let i = 0; i < 20; i++) await (await fetch(target.url)).arrayBuffer(); // warm-up
      const byConnections: Record<number, LoadFigures> = {};
      for (const connections of CONNECTIONS) byConnections[connections] = await load(target.url, connections);
      const gzipLoad = await load(target.url, CONNECTIONS[0], BROWSER_ENCODINGS);
      const origin = new URL(target.url).origin;
      const route = target.url.slice(origin.length);
      const html = await htmlWeight(target.url);
      figures.push({ htmlBytes: html.bytes, load: byConnections, gzipLoad, htmlGzip: html.gzip, js: (await firstLoadJs(origin, route)).loaded });
    }
    if (!quick) {
      const lighthouse = await lighthouseMedians(targets.map((t) => t.url));
      lighthouse.forEach((result, i) => (figures[i].lighthouse = result));
    }
    printTable(targets, figures, quick);
  } finally {
    floor.kill();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

/** A row of the table: the text of each cell (the floor's last), then the target. */
type Row = { label: string; cells: string[]; target: string };

/** A measure printed with its ratio to the floor's, or alone where a ratio says nothing (errors, scores, the floor itself). */
function measured(label: string, figures: Figures[], value: (f: Figures) => number, format: (v: number) => string, target: string, withRatio = true): Row {
  const floor = value(figures[figures.length - 1]);
  const cells = figures.map((f, i) => (withRatio && i < figures.length - 1 ? `${format(value(f))} (${ratio(value(f), floor)})` : format(value(f))));
  return { label, cells, target };
}

function printTable(targets: Target[], figures: Figures[], quick: boolean) {
  console.log(
    `\nÀ côté du plancher : une page Next.js nue (un <h1>, un SVG de dix <rect>), mêmes next, react et react-dom, servie par next start dans le même passage, et la même grossie de texte au poids de la première page mesurée ; ` +
      `autocannon ${LOAD_SECONDS} s par mesure, sans Accept-Encoding sauf la ligne « gzip accepté » (l'en-tête de Chromium)${quick ? '' : `, Lighthouse ${lighthouseVersion()} mobile, médiane de 3`}`,
  );
  const rows: Row[] = [];
  for (const c of CONNECTIONS) {
    rows.push(measured(`req/s, ${c} connexions`, figures, (f) => f.load[c].rps, (v) => String(Math.round(v)), '≥ 0,9×'));
    rows.push({ label: `p50 / p99, ${c} connexions`, cells: figures.map((f) => `${f.load[c].p50} / ${f.load[c].p99} ms`), target: '' });
    rows.push(measured(`erreurs, ${c} connexions`, figures, (f) => f.load[c].errors, String, c === 100 ? '0' : '', false));
  }
  rows.push(measured(`req/s, ${CONNECTIONS[0]} connexions, gzip accepté`, figures, (f) => f.gzipLoad.rps, (v) => String(Math.round(v)), '≥ 0,9×'));
  rows.push({ label: `p50 / p99, ${CONNECTIONS[0]} connexions, gzip`, cells: figures.map((f) => `${f.gzipLoad.p50} / ${f.gzipLoad.p99} ms`), target: '' });
  rows.push(measured('HTML, octets', figures, (f) => f.htmlBytes, kb, ''));
  rows.push(measured('HTML, gzip', figures, (f) => f.htmlGzip, kb, '/ ≤ 8 kB'));
  rows.push(measured('JavaScript au premier chargement, gzip', figures, (f) => f.js, kb, '≤ 1,15×'));
  if (!quick) {
    rows.push(measured('Lighthouse performance', figures, (f) => f.lighthouse!.scores.performance, String, '≥ plancher − 2', false));
    rows.push(measured('LCP', figures, (f) => f.lighthouse!.lcp, (v) => `${Math.round(v)} ms`, '≤ 1,3×'));
    rows.push(measured('TBT', figures, (f) => f.lighthouse!.tbt, (v) => `${Math.round(v)} ms`, '≤ 1,3×'));
  }
  const width = 26;
  console.log(`${'mesure'.padEnd(40)}${targets.map((t) => t.label.slice(0, width - 2).padStart(width)).join('')}   cible`);
  for (const row of rows) console.log(`${row.label.padEnd(40)}${row.cells.map((c) => c.padStart(width)).join('')}   ${row.target}`);
  const [first, heavy] = [figures[0], figures[figures.length - 2]];
  const perWeight = [...CONNECTIONS.map((c) => `${c} connexions ${ratio(first.load[c].rps, heavy.load[c].rps)}`), `gzip accepté ${ratio(first.gzipLoad.rps, heavy.gzipLoad.rps)}`];
  console.log(`${targets[0].label} à côté du plancher de même poids (${kb(heavy.htmlBytes)} pour ${kb(first.htmlBytes)}), req/s : ${perWeight.join(', ')}`);
  if (!quick) {
    const floor = figures[figures.length - 1];
    const diff = figures.slice(0, -2).map((f) => f.lighthouse!.scores.performance - floor.lighthouse!.scores.performance);
    console.log(`écart de performance Lighthouse au plancher : ${diff.map((d) => (d >= 0 ? `+${d}` : String(d))).join(', ')} (cible ≥ −2)`);
  }
}
