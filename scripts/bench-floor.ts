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

const FLOOR_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plancher', private: true }),
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
  load: Record<number, LoadFigures>;
  htmlGzip: number;
  js: number;
  lighthouse?: LighthouseMedians;
};

const CONNECTIONS = [20, 100];
const LOAD_SECONDS = 8;

async function load(url: string, connections: number): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: LOAD_SECONDS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function htmlGzip(url: string): Promise<number> {
  return gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
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
    const targets: Target[] = [...routes.map((r) => ({ label: r.label, url: base + r.url })), { label: 'plancher (Next.js nu)', url: `${floorBase}/` }];
    const figures: Figures[] = [];
    for (const target of targets) {
      for (let i = 0; i < 20; i++) await (await fetch(target.url)).arrayBuffer(); // warm-up
      const byConnections: Record<number, LoadFigures> = {};
      for (const connections of CONNECTIONS) byConnections[connections] = await load(target.url, connections);
      const origin = new URL(target.url).origin;
      const route = target.url.slice(origin.length);
      figures.push({ load: byConnections, htmlGzip: await htmlGzip(target.url), js: (await firstLoadJs(origin, route)).loaded });
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

function printTable(targets: Target[], figures: Figures[], quick: boolean) {
  const floor = figures[figures.length - 1];
  console.log(
    `\nÀ côté du plancher : une page Next.js nue (un <h1>, un SVG de dix <rect>), mêmes next, react et react-dom, servie par next start dans le même passage ; ` +
      `autocannon ${LOAD_SECONDS} s par mesure${quick ? '' : `, Lighthouse ${lighthouseVersion()} mobile, médiane de 3`}`,
  );
  const rows: Array<[string, (f: Figures) => number, (v: number) => string, string]> = [];
  for (const c of CONNECTIONS) {
    rows.push([`req/s, ${c} connexions`, (f) => f.load[c].rps, (v) => String(Math.round(v)), '≥ 0,9×']);
    rows.push([`p50 / p99, ${c} connexions`, (f) => f.load[c].p99, (v) => `${v} ms`, '']);
    rows.push([`erreurs, ${c} connexions`, (f) => f.load[c].errors, (v) => String(v), c === 100 ? '0' : '']);
  }
  rows.push(['HTML, gzip', (f) => f.htmlGzip, kb, '/ ≤ 8 kB']);
  rows.push(['JavaScript au premier chargement, gzip', (f) => f.js, kb, '≤ 1,15×']);
  if (!quick) {
    rows.push(['Lighthouse performance', (f) => f.lighthouse!.scores.performance, (v) => String(v), '≥ plancher − 2']);
    rows.push(['LCP', (f) => f.lighthouse!.lcp, (v) => `${Math.round(v)} ms`, '≤ 1,3×']);
    rows.push(['TBT', (f) => f.lighthouse!.tbt, (v) => `${Math.round(v)} ms`, '≤ 1,3×']);
  }
  const width = 26;
  console.log(`${'mesure'.padEnd(40)}${targets.map((t) => t.label.slice(0, width - 2).padStart(width)).join('')}   cible`);
  for (const [label, value, format, target] of rows) {
    const cells = figures.map((f, i) => {
      if (label.startsWith('p50 / p99')) {
        const c = Number(/(\d+) connexions/.exec(label)![1]);
        return `${f.load[c].p50} / ${f.load[c].p99} ms`.padStart(width);
      }
      const v = value(f);
      const isFloor = i === figures.length - 1;
      const shown = label.startsWith('erreurs') || label.startsWith('Lighthouse') || isFloor ? format(v) : `${format(v)} (${ratio(v, value(floor))})`;
      return shown.padStart(width);
    });
    console.log(`${label.padEnd(40)}${cells.join('')}   ${target}`);
  }
  if (!quick) {
    const diff = figures.slice(0, -1).map((f) => f.lighthouse!.scores.performance - floor.lighthouse!.scores.performance);
    console.log(`écart de performance Lighthouse au plancher : ${diff.map((d) => (d >= 0 ? `+${d}` : String(d))).join(', ')} (cible ≥ −2)`);
  }
}
