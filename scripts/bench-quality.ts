// The quality figures of npm run bench: first-load JavaScript per route, Lighthouse scores, and
// server throughput under load with its memory. A report of figures, never a pass/fail test.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { median, rssMegabytes } from './bench-support';

type Line = (label: string, value: string, target?: string) => void;

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The gzip size of the JavaScript a route's HTML makes a browser load (scripts and preloads), and
 * apart from it the legacy polyfills in `<script nomodule>`, which browsers with modules never fetch.
 */
export async function firstLoadJs(base: string, route: string): Promise<{ loaded: number; noModule: number }> {
  const html = await (await fetch(base + route)).text();
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
  const chunkOf = (tag: string) => /(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1];
  const legacy = new Set(tags.filter((t) => /\bnomodule\b/i.test(t)).map(chunkOf).filter((c) => c !== undefined));
  const loaded = new Set(tags.filter((t) => !/\bnomodule\b/i.test(t)).map(chunkOf).filter((c) => c !== undefined));
  const gzipSize = async (chunk: string) => gzipSync(Buffer.from(await (await fetch(base + chunk)).arrayBuffer())).length;
  let total = 0;
  for (const chunk of loaded) total += await gzipSize(chunk);
  let noModule = 0;
  for (const chunk of legacy) if (!loaded.has(chunk)) noModule += await gzipSize(chunk);
  return { loaded: total, noModule };
}

export async function benchFirstLoadJs(base: string, routes: string[], line: Line) {
  console.log('\nJavaScript au premier chargement (gzip, somme des fichiers que le HTML fait charger)');
  let noModule = 0;
  for (const route of routes) {
    const sizes = await firstLoadJs(base, route);
    noModule = Math.max(noModule, sizes.noModule);
    line(route, `${(sizes.loaded / 1024).toFixed(1)} kB`, route === '/' ? '≤ 220 kB' : undefined);
  }
  console.log(`(sans les polyfills <script nomodule>, ${(noModule / 1024).toFixed(1)} kB, que seuls les navigateurs sans modules chargent)`);
}

type LighthouseResult = { scores: Record<string, number>; lcp: number; tbt: number; cls: number };

async function lighthouseOnce(url: string, port: number): Promise<LighthouseResult> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse, ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  const { categories, audits } = result.lhr;
  return {
    scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
    lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
    tbt: audits['total-blocking-time'].numericValue ?? NaN,
    cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
  };
}

/** A run that Lighthouse itself reports as failed (no paint seen, say) is run again, once, and said. */
async function lighthouseWithRetry(url: string, port: number): Promise<LighthouseResult> {
  try {
    return await lighthouseOnce(url, port);
  } catch (error) {
    console.log(`(${(error as Error).message} : passage refait)`);
    return lighthouseOnce(url, port);
  }
}

export type LighthouseMedians = { scores: Record<string, number>; lcp: number; tbt: number; cls: number };

/**
 * Lighthouse, mobile preset (its default), the median of 3 runs for each URL, after one run not
 * counted (so that the first measured one does not pay for a cold browser and server).
 */
export async function lighthouseMedians(urls: string[]): Promise<LighthouseMedians[]> {
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await lighthouseOnce(urls[0], chrome.port).catch(() => undefined);
    const medians: LighthouseMedians[] = [];
    for (const url of urls) {
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < 3; i++) runs.push(await lighthouseWithRetry(url, chrome.port));
      medians.push({
        scores: Object.fromEntries(Object.keys(runs[0].scores).map((id) => [id, median(runs.map((r) => r.scores[id]))])),
        lcp: median(runs.map((r) => r.lcp)),
        tbt: median(runs.map((r) => r.tbt)),
        cls: median(runs.map((r) => r.cls)),
      });
    }
    return medians;
  } finally {
    chrome.kill();
  }
}

export function lighthouseVersion(): string {
  return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}

export async function benchLighthouse(base: string, routes: string[]) {
  console.log(`\nLighthouse ${lighthouseVersion()}, profil mobile, médiane de 3 passages après un à vide (cibles : perf ≥ 95, a11y 100, bonnes pratiques 100, SEO 100)`);
  console.log(`${'page'.padEnd(36)} perf  a11y  b.p.   SEO      LCP      TBT     CLS`);
  const results = await lighthouseMedians(routes.map((route) => base + route));
  routes.forEach((route, i) => {
    const { scores, lcp, tbt, cls } = results[i];
    const score = (id: string) => String(scores[id]).padStart(4);
    console.log(
      `${route.padEnd(36)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}` +
        `  ${`${Math.round(lcp)} ms`.padStart(7)}  ${`${Math.round(tbt)} ms`.padStart(7)}  ${cls.toFixed(3).padStart(6)}`,
    );
  });
}


/** autocannon, 20 connections for 10 s on each route, three rounds, with the server's memory. */
export async function benchLoad(base: string, routes: string[], serverPid: number, line: Line) {
  console.log('\nCharge : autocannon, 20 connexions, 10 s par route, 3 tours');
  const memory = [rssMegabytes(serverPid)];
  for (let round = 1; round <= 3; round++) {
    for (const route of routes) {
      const result = await autocannon({ url: base + route, connections: 20, duration: 10 });
      const errors = result.errors + result.timeouts + result.non2xx;
      line(
        `tour ${round} ${route}`,
        `${Math.round(result.requests.average)} req/s`,
        undefined,
      );
      console.log(`${''.padEnd(52)}   p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, erreurs ${errors}`);
    }
    memory.push(rssMegabytes(serverPid));
  }
  console.log(`mémoire du serveur (RSS) : ${memory.map((m) => `${Math.round(m)} Mo`).join(' → ')} (avant, puis après chaque tour)`);
}
