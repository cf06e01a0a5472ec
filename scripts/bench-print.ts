// npm run bench -- --print: the print PNG beside headless Chromium's and librsvg's pictures of the
// same chart at the same pixel size, measured in turn in one run (a report, never a test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { renderChartMarkup } from '../components/charts/chart-markup';
import { getDataset } from '../lib/data/load';
import { presetSize } from '../lib/export/print-sizes';
import { produceExport } from '../lib/export/produce';
import type { ExportRequest } from '../lib/export/request';
import { decodePng } from '../lib/export/testing/decode-png';
import { line, median, ms } from './bench-support';

const ROUNDS = 10;
const WARM_UP = 3;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export async function benchPrint() {
  const dataset = getDataset();
  const size = presetSize('a4');
  const request: ExportRequest = { chart: 'emplois', format: 'png', scale: 1, print: size, sectors: [], highlight: null, date: '2026-11-28' };
  // Chromium reads the SVG's embedded fonts; librsvg ignores them, so it gets the outlined one.
  const withFonts = (await produceExport(dataset, { ...request, format: 'svg', print: null }, renderChartMarkup)).body.toString('utf8');
  const outlined = (await produceExport(dataset, { ...request, format: 'svg', print: null, outlined: true }, renderChartMarkup)).body.toString('utf8');
  const height = Number(/height="(\d+)"/.exec(withFonts)![1]);
  const folder = mkdtempSync(path.join(tmpdir(), 'grappes-bench-'));
  const outlinedFile = path.join(folder, 'vectorise.svg');
  writeFileSync(outlinedFile, outlined);
  const hasRsvg = spawnSync('rsvg-convert', ['--version']).status === 0;

  const browser = await chromium.launch({ executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 600, height }, deviceScaleFactor: size.widthPx / 600 });
  const timings = { ours: [] as number[], chromium: [] as number[], rsvg: [] as number[] };
  const widths = { ours: 0, chromium: 0, rsvg: 0 };
  const time = async (key: keyof typeof timings, round: number, draw: () => Promise<Buffer> | Buffer) => {
    const start = performance.now();
    const png = await draw();
    if (round >= WARM_UP) timings[key].push(performance.now() - start);
    widths[key] = decodePng(png).width;
  };
  try {
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      await time('ours', round, async () => (await produceExport(dataset, request, renderChartMarkup)).body);
      await time('chromium', round, async () => {
        await page.setContent(`<!doctype html><body style="margin:0">${withFonts}</body>`);
        await page.evaluate(() => document.fonts.ready);
        return page.screenshot({ clip: { x: 0, y: 0, width: 600, height } });
      });
      if (hasRsvg) await time('rsvg', round, () => spawnSync('rsvg-convert', ['--width', String(size.widthPx), outlinedFile], { maxBuffer: 256 * 1024 * 1024 }).stdout);
    }
  } finally {
    await browser.close();
  }

  const ours = median(timings.ours);
  console.log(`\nPNG impression « ${size.name} », ${size.widthPx} px, graphique « Emplois par secteur » (médiane de ${ROUNDS}, en alternance, après ${WARM_UP} à vide)`);
  line(`resvg, fil de rendu (composition incluse), ${widths.ours} px`, ms(ours));
  line(`Chromium headless, setContent + capture, ${widths.chromium} px`, `${ms(median(timings.chromium))}  × ${(median(timings.chromium) / ours).toFixed(2)}`);
  if (hasRsvg) line(`librsvg (rsvg-convert, SVG vectorisé), ${widths.rsvg} px`, `${ms(median(timings.rsvg))}  × ${(median(timings.rsvg) / ours).toFixed(2)}`);
  else console.log('rsvg-convert absent : librsvg non mesuré (Debian : librsvg2-bin)');
}
