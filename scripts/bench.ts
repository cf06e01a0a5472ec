// npm run bench: prints speed figures of the production build (a report, not a test: it never fails on a target).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { renderChartMarkup } from '../components/charts/chart-markup';
import { getDataset } from '../lib/data/load';
import { produceExport } from '../lib/export/produce';
import { presetSize, type PrintSize } from '../lib/export/print-sizes';
import type { ExportRequest } from '../lib/export/request';
import type { ExportFormat } from '../lib/url/paths';
import { apiTimings, apiUrls, filterClickTimes, line, median, ms, percentile, startServer } from './bench-support';
import { benchFirstLoadJs, benchLighthouse, benchLoad } from './bench-quality';
import { benchUnderExports } from './bench-under-exports';
import { benchBesideFloor } from './bench-floor';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const FLOOR_PORT = PORT + 1;

async function benchApi() {
  const urls = apiUrls(getDataset());
  const timings = await apiTimings(BASE, urls, 500);
  console.log(`\nAPI /api/grappes (500 requêtes, ${urls.length} filtres, en boucle locale)`);
  line('latence médiane', ms(median(timings)), '≤ 5 ms');
  line('latence p99', ms(percentile(timings, 99)));
}

async function benchFilterClick() {
  const { firstVisit, cached } = await filterClickTimes(BASE, getDataset(), 20);
  console.log('\nFiltre : du clic sur un secteur au graphique mis à jour (Chromium, build de production, 20 clics)');
  line('médiane, filtre jamais vu (requête à l\'API)', ms(median(firstVisit)), '≤ 100 ms');
  line('médiane, filtre déjà vu (cache SWR)', ms(median(cached)));
}

/** Time to produce each export file on the server (in process, no HTTP, no cache), and its size. */
async function benchExports() {
  const dataset = getDataset();
  const cases: Array<{ label: string; format: ExportFormat; scale: number; print?: PrintSize; target?: string }> = [
    { label: 'PNG web (1 200 px)', format: 'png', scale: 1 },
    { label: 'PNG impression A4 (2 008 px, 300 dpi)', format: 'png', scale: 1, print: presetSize('a4'), target: '≤ 150 ms' },
    { label: 'SVG (polices incluses)', format: 'svg', scale: 1, target: '≤ 30 ms' },
    { label: 'PDF vectoriel', format: 'pdf', scale: 1, target: '≤ 60 ms' },
    { label: 'CSV', format: 'csv', scale: 1 },
  ];
  console.log('\nExports, graphique « Emplois par secteur » non filtré (côté serveur, médiane de 20, après 3 à vide)');
  for (const { label, format, scale, print, target } of cases) {
    const request: ExportRequest = { chart: 'emplois', format, scale, print, sectors: [], highlight: null, date: '2026-11-28' };
    const timings: number[] = [];
    let size = 0;
    for (let i = 0; i < 23; i++) {
      const start = performance.now();
      const file = await produceExport(dataset, request, renderChartMarkup);
      if (i >= 3) timings.push(performance.now() - start);
      size = file.body.length;
    }
    line(`${label}, ${Math.round(size / 1024)} Ko`, ms(median(timings)), target);
  }
}

async function main() {
  if (process.argv.includes('--scale') && process.argv.includes('--cold')) {
    // npm run bench -- --scale --cold: only the in-process load and view at 1 000 and 10 000 clusters, no build.
    const { benchScaleCold } = await import('./bench-scale-cold');
    await benchScaleCold();
    return;
  }
  if (process.argv.includes('--scale')) {
    // npm run bench -- --scale: the figures at 7, 126 and 1 000 clusters, then the in-process ones (scripts/bench-scale.ts).
    const { benchScale } = await import('./bench-scale');
    await benchScale();
    return;
  }
  if (process.argv.includes('--print')) {
    // npm run bench -- --print: the print PNG beside Chromium and librsvg (scripts/bench-print.ts).
    const { benchPrint } = await import('./bench-print');
    await benchPrint();
    return;
  }
  if (!existsSync('.next/BUILD_ID')) {
    console.log('No production build: running npm run build first.');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`Banc d'essai, ${new Date().toISOString()}, Node ${process.version}`);
  // --floor and --exports measure only their own section.
  if (!process.argv.includes('--floor') && !process.argv.includes('--exports')) await benchExports();
  const server = await startServer(PORT);
  try {
    const cluster = `/grappes/${getDataset().clusters[0].slug}`;
    const pages = [
      { label: '/', url: '/' },
      { label: '/?secteur=plasturgie', url: '/?secteur=plasturgie' },
      { label: cluster, url: cluster },
    ];
    if (process.argv.includes('--floor')) {
      // npm run bench -- --floor [--quick]: only the pages beside the floor app.
      await benchBesideFloor(BASE, pages, FLOOR_PORT, process.argv.includes('--quick'));
      return;
    }
    if (process.argv.includes('--exports')) {
      // npm run bench -- --exports: only the page under export load, with the server's memory.
      await benchUnderExports(BASE, server.pid!);
      return;
    }
    await benchApi();
    await benchFilterClick();
    await benchFirstLoadJs(BASE, ['/', '/?secteur=plasturgie,emballage', cluster, '/grappes/inconnue'], line);
    if (!process.argv.includes('--quick')) {
      await benchLighthouse(BASE, ['/', '/?secteur=plasturgie,emballage', cluster]);
      await benchLoad(BASE, ['/', cluster, '/api/grappes', '/export/membres.png?date=2026-11-28'], server.pid!, line);
      await benchUnderExports(BASE, server.pid!);
    }
    await benchBesideFloor(BASE, pages, FLOOR_PORT, process.argv.includes('--quick'));
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
