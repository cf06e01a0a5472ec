// npm run bench: prints speed figures of the production build (a report, not a test: it never fails on a target).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { renderChartMarkup } from '../components/charts/chart-markup';
import { getDataset } from '../lib/data';
import { produceExport } from '../lib/export/produce';
import type { ExportFormat, ExportRequest } from '../lib/export/request';
import { filterDataset } from '../lib/overview-view';
import { benchFirstLoadJs, benchLighthouse, benchLoad } from './bench-quality';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function line(label: string, value: string, target?: string) {
  console.log(`${label.padEnd(52)} ${value.padStart(12)}${target ? `   (cible ${target})` : ''}`);
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/grappes`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`the server did not answer on ${BASE}`);
}

async function benchApi() {
  const ids = getDataset().sectors.map((s) => s.id);
  const urls = ['/api/grappes', ...ids.map((id) => `/api/grappes?secteur=${id}`), `/api/grappes?secteur=${ids.slice(0, 2).join(',')}`];
  for (const url of urls) await (await fetch(BASE + url)).text(); // warm-up: compile and cache
  const timings: number[] = [];
  for (let i = 0; i < 500; i++) {
    const url = BASE + urls[i % urls.length];
    const start = performance.now();
    const response = await fetch(url);
    await response.text();
    timings.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
  }
  console.log('\nAPI /api/grappes (500 requêtes, 9 filtres, en boucle locale)');
  line('latence médiane', ms(median(timings)), '≤ 5 ms');
  line('latence p99', ms(percentile(timings, 99)));
}

/** Clicks a sector chip and returns the time until the new view is painted. */
async function clickToChart(page: Page, sectorLabel: string, expectedCount: string): Promise<number> {
  return page.evaluate(
    ({ sectorLabel, expectedCount }) =>
      new Promise<number>((resolve, reject) => {
        const input = [...document.querySelectorAll<HTMLInputElement>('input[name="secteur"]')].find((el) =>
          el.closest('label')?.textContent?.includes(sectorLabel),
        );
        const count = document.querySelector('[data-count]');
        if (!input || !count) return reject(new Error('filter not found'));
        const start = performance.now();
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        const observer = new MutationObserver(() => {
          if (count.textContent === expectedCount) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        input.click();
        setTimeout(() => reject(new Error(`no update to « ${expectedCount} » after 5 s`)), 5000);
      }),
    { sectorLabel, expectedCount },
  );
}

async function benchFilterClick() {
  const dataset = getDataset();
  const total = dataset.clusters.length;
  const countText = (n: number) => `${n} ${n > 1 ? 'grappes' : 'grappe'} sur ${total}`;
  const browser = await chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  // tsx keeps function names with a `__name` helper that functions sent to the page would miss.
  await page.addInitScript('window.__name = (fn) => fn');
  const firstVisit: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < 20; i++) {
    const sector = dataset.sectors[i % dataset.sectors.length];
    await page.goto(BASE, { waitUntil: 'networkidle' });
    firstVisit.push(await clickToChart(page, sector.label, countText(filterDataset(dataset, [sector.id]).clusters.length)));
  }
  const sector = dataset.sectors[0];
  const filtered = countText(filterDataset(dataset, [sector.id]).clusters.length);
  await page.goto(BASE, { waitUntil: 'networkidle' });
  await clickToChart(page, sector.label, filtered); // both views are now in the cache
  for (let i = 0; i < 20; i++) {
    cached.push(await clickToChart(page, sector.label, i % 2 === 0 ? countText(total) : filtered));
  }
  await browser.close();
  console.log('\nFiltre : du clic sur un secteur au graphique mis à jour (Chromium, build de production, 20 clics)');
  line('médiane, filtre jamais vu (requête à l\'API)', ms(median(firstVisit)), '≤ 100 ms');
  line('médiane, filtre déjà vu (cache SWR)', ms(median(cached)));
}

/** Time to produce each export file on the server (in process, no HTTP, no cache), and its size. */
async function benchExports() {
  const dataset = getDataset();
  const cases: Array<{ label: string; format: ExportFormat; scale: number; target?: string }> = [
    { label: 'PNG web (1 200 px)', format: 'png', scale: 1 },
    { label: 'PNG impression (3 600 px)', format: 'png', scale: 3, target: '≤ 150 ms' },
    { label: 'SVG (polices incluses)', format: 'svg', scale: 1, target: '≤ 30 ms' },
    { label: 'PDF vectoriel', format: 'pdf', scale: 1, target: '≤ 60 ms' },
    { label: 'CSV', format: 'csv', scale: 1 },
  ];
  console.log('\nExports, graphique « Emplois par secteur » non filtré (côté serveur, médiane de 20, après 3 à vide)');
  for (const { label, format, scale, target } of cases) {
    const request: ExportRequest = { chart: 'emplois', format, scale, sectors: [], highlight: null, date: '2026-11-28' };
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
  if (process.argv.includes('--scale')) {
    // npm run bench -- --scale: the figures at 7, 126 and 1 000 clusters (scripts/bench-scale.ts).
    const { benchScale } = await import('./bench-scale');
    await benchScale();
    return;
  }
  if (!existsSync('.next/BUILD_ID')) {
    console.log('No production build: running npm run build first.');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`Banc d'essai, ${new Date().toISOString()}, Node ${process.version}`);
  await benchExports();
  const server = await startServer();
  try {
    const cluster = `/grappes/${getDataset().clusters[0].slug}`;
    await benchApi();
    await benchFilterClick();
    await benchFirstLoadJs(BASE, ['/', '/?secteur=plasturgie,emballage', cluster, '/grappes/inconnue'], line);
    if (!process.argv.includes('--quick')) {
      await benchLighthouse(BASE, ['/', '/?secteur=plasturgie,emballage', cluster]);
      await benchLoad(BASE, ['/', cluster, '/api/grappes', '/export/membres.png?date=2026-11-28'], server.pid!, line);
    }
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
