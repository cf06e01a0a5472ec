// Shared by the benchmarks (npm run bench, npm run bench -- --scale): statistics, a production
// server, the API's latency and the filter's click-to-chart time, measured the same way in both.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { countText, filterDataset } from '../lib/view/overview';
import type { Dataset } from '../lib/data/schema';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** "12,3 ms": the scale bench's tables write decimals the French way. */
export const milliseconds = (value: number) => `${value.toFixed(1).replace('.', ',')} ms`;

/** The resident memory of a process, in MB. */
export function rssMegabytes(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

export function line(label: string, value: string, target?: string) {
  console.log(`${label.padEnd(52)} ${value.padStart(12)}${target ? `   (cible ${target})` : ''}`);
}

/**
 * Starts `next start` on a port, bound to 127.0.0.1 as behind a reverse proxy, with extra
 * environment (DATA_FILE, NEXT_DIST_DIR), and waits until `readyPath` answers. `cwd` serves another
 * app than the project (the floor app of scripts/bench-floor.ts). The caller stops it with `server.kill()`.
 */
export async function startServer(
  port: number,
  env: Record<string, string> = {},
  { cwd = process.cwd(), readyPath = '/api/grappes' }: { cwd?: string; readyPath?: string } = {},
): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const nextBin = path.join(process.cwd(), 'node_modules/next/dist/bin/next');
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(base + readyPath)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`the server did not answer on ${base}${readyPath}`);
}

/** The API's URLs a reader's filters ask for: every sector, each sector alone, two together. */
export function apiUrls(dataset: Dataset): string[] {
  const ids = dataset.sectors.map((s) => s.id);
  return ['/api/grappes', ...ids.map((id) => `/api/grappes?secteur=${id}`), `/api/grappes?secteur=${ids.slice(0, 2).join(',')}`];
}

/** Time of each of `count` requests, cycling through `urls`, after one warm-up request each. */
export async function apiTimings(base: string, urls: string[], count = 500): Promise<number[]> {
  for (const url of urls) await (await fetch(base + url)).text(); // warm-up: compile and cache
  const timings: number[] = [];
  for (let i = 0; i < count; i++) {
    const url = base + urls[i % urls.length];
    const start = performance.now();
    const response = await fetch(url);
    await response.text();
    timings.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
  }
  return timings;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Clicks a sector chip and returns the time until the new view is painted. */
export async function clickToChart(page: Page, sectorLabel: string, expectedCount: string): Promise<number> {
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

export type FilterClickTimes = {
  /** A filter never seen on the page: the click asks the API. */
  firstVisit: number[];
  /** Back and forth between two views SWR already holds. */
  cached: number[];
};

/** Click-to-chart times in Chromium, over `clicks` fresh page loads, then `clicks` cached toggles. */
export async function filterClickTimes(base: string, dataset: Dataset, clicks = 20): Promise<FilterClickTimes> {
  const total = dataset.clusters.length;
  const countOf = (ids: string[]) => countText(filterDataset(dataset, ids).clusters.length, total);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // tsx keeps function names with a `__name` helper that functions sent to the page would miss.
    await page.addInitScript('window.__name = (fn) => fn');
    const firstVisit: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < clicks; i++) {
      const sector = dataset.sectors[i % dataset.sectors.length];
      await page.goto(base, { waitUntil: 'networkidle' });
      firstVisit.push(await clickToChart(page, sector.label, countOf([sector.id])));
    }
    const sector = dataset.sectors[0];
    await page.goto(base, { waitUntil: 'networkidle' });
    await clickToChart(page, sector.label, countOf([sector.id])); // both views are now in the cache
    for (let i = 0; i < clicks; i++) {
      cached.push(await clickToChart(page, sector.label, i % 2 === 0 ? countOf([]) : countOf([sector.id])));
    }
    return { firstVisit, cached };
  } finally {
    await browser.close();
  }
}
