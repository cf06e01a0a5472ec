// The SVG files as a layout desk opens them: drawn by librsvg (rsvg-convert, as Inkscape and GNOME
// draw SVG), they must look like the PNG the site draws with resvg, value labels inside their bars.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderChartMarkup } from '@/components/charts/chart-markup';
import { readDatasetFile } from '../data/load';
import { EXPORT_FONTS, fontPath } from './fonts';
import { produceExport } from './produce';
import { createRenderPool } from './render-pool';
import type { ExportRequest } from './request';
import { decodePng, differingShare, onWhite, type Area, type Pixels } from './testing/decode-png';

const rsvgAvailable = spawnSync('rsvg-convert', ['--version']).status === 0;
if (!rsvgAvailable && !process.env.CI) {
  console.warn('desk-tools.test.ts skipped: rsvg-convert is missing (Debian: apt-get install librsvg2-bin); CI fails instead.');
}

/**
 * Differing pixels allowed between librsvg's picture and resvg's. Over the whole picture, 3 %: the
 * two start the bars' hatching and dots at another phase (1.2 % of the picture). Outside the
 * patterned areas, 0.3 %: anti-aliasing, not a moved or lost letter (a dropped space shifts the
 * rest of its line by 4 px, a label half a line up moves its every pixel).
 */
const MAX_DIFFERING = 0.03;
const MAX_DIFFERING_OUTSIDE_PATTERNS = 0.003;
const WIDTH = 1200;

const dataset = readDatasetFile('data/clusters.json');
const request: ExportRequest = { chart: 'emplois', format: 'svg', scale: 1, sectors: [], highlight: 'nord-package', date: '2026-11-28' };
const folder = mkdtempSync(path.join(tmpdir(), 'grappes-rsvg-'));

/** A fontconfig setup that knows the project's fonts, as on a desk machine where they are installed. */
function fontconfigWithProjectFonts(): string {
  const dirs = [...new Set(Object.keys(EXPORT_FONTS).map((role) => path.dirname(fontPath(role as keyof typeof EXPORT_FONTS))))];
  const file = path.join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>${dirs.map((d) => `<dir>${d}</dir>`).join('')}` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>${folder}/cache</cachedir></fontconfig>`,
  );
  return file;
}

function drawWithLibrsvg(svg: string, name: string, env: Record<string, string> = {}): Pixels {
  const file = path.join(folder, name);
  writeFileSync(file, svg);
  const result = spawnSync('rsvg-convert', ['--width', String(WIDTH), file], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`rsvg-convert: ${result.stderr.toString()}`);
  return decodePng(result.stdout);
}

type Band = { key: string; top: number; bottom: number; left: number; right: number; labelLeft: number };

/**
 * Each bar's rows and where its value label starts, in the picture's pixels, read from the SVG: each
 * panel is a group moved down by its `translate`, which its bars are drawn in.
 */
function barBands(svg: string): Band[] {
  const frame = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
  const [x0, y0, w, , vw] = frame.slice(1).map(Number);
  const zoom = WIDTH / 600;
  const panels = [...svg.matchAll(/<g transform="translate\(0 ([\d.]+)\)">/g)].map((m) => ({ at: m.index, shift: Number(m[1]) }));
  expect(panels.length).toBeGreaterThan(0);
  const px = (x: number) => (x0 + (x * w) / vw) * zoom;
  const py = (y: number) => (y0 + (y * w) / vw) * zoom;
  return [...svg.matchAll(/data-bar="([^"]+)">[\s\S]*?<rect opacity="[^"]*" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[\s\S]*?<\/rect>(?:<text x="([\d.]+)")?/g)].map(
    (m) => {
      const shift = panels.filter((p) => p.at < m.index).at(-1)?.shift ?? 0;
      const [x, y, width, height] = m.slice(2, 6).map(Number);
      return { key: m[1], top: py(shift + y), bottom: py(shift + y + height), left: px(x), right: px(x + width), labelLeft: px(x + width + 8) };
    },
  );
}

const percent = (share: number) => `${(share * 100).toFixed(3)} %`;

/** The chart's frame in the picture's pixels, its labels' overflow on the right included. */
function chartArea(svg: string): Area {
  const [, y, , h] = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox/.exec(svg)!.slice(1).map(Number);
  const zoom = WIDTH / 600;
  return { left: 0, top: (y - 20) * zoom, right: WIDTH, bottom: (y + h) * zoom };
}

/** Where the picture is filled with patterns: the bars (a pixel's margin) and the legend's swatches. */
function patternAreas(svg: string, bars: Band[]): Area[] {
  const zoom = WIDTH / 600;
  const swatches = [...svg.matchAll(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)]
    .map((m) => m.slice(1).map(Number))
    .filter(([, , w]) => w < 100)
    .map(([x, y, w, h]) => ({ left: x * zoom - 2, top: y * zoom - 2, right: (x + w) * zoom + 2, bottom: (y + h) * zoom + 2 }));
  expect(swatches.length).toBeGreaterThan(0);
  return [...bars.map((b) => ({ left: b.left - 3, top: b.top - 3, right: b.right + 3, bottom: b.bottom + 3 })), ...swatches];
}

/**
 * The rows holding dark ink right of a bar, where its value label is: top and bottom. The rows
 * searched reach 10 px (5 units) past the bar, short of the texts above and below it.
 */
function labelInk(pixels: Pixels, band: Band): { top: number; bottom: number } {
  const rows: number[] = [];
  for (let y = Math.floor(band.top - 10); y <= Math.ceil(band.bottom + 10); y++) {
    for (let x = Math.ceil(band.labelLeft); x < Math.min(pixels.width, band.labelLeft + 140); x++) {
      const [r, g, b] = onWhite(pixels, x, y);
      if (r < 90 && g < 90 && b < 90) {
        rows.push(y);
        break;
      }
    }
  }
  return { top: Math.min(...rows), bottom: Math.max(...rows) };
}

describe.skipIf(!rsvgAvailable && !process.env.CI)('the SVG exports in librsvg', async () => {
  const pool = createRenderPool({ threads: 1 });
  afterAll(() => pool.destroy());
  // rsvg-convert must be there in CI: the test then fails here rather than passing without drawing.
  if (!rsvgAvailable) {
    it('has rsvg-convert to draw with', () => expect.fail('rsvg-convert is missing: install librsvg2-bin (.ci/run does)'));
    return;
  }
  const withFonts = (await produceExport(dataset, request, renderChartMarkup)).body.toString('utf8');
  const outlined = (await produceExport(dataset, { ...request, outlined: true }, renderChartMarkup)).body.toString('utf8');
  const resvg = decodePng((await produceExport(dataset, { ...request, format: 'png' }, renderChartMarkup)).body);
  const bands = barBands(withFonts);

  it('finds every bar of the chart', () => {
    expect(bands.map((b) => b.key)).toEqual(dataset.clusters.filter((c) => c.employment).map(() => expect.any(String)));
    expect(bands).toHaveLength(5);
  });

  it('the SVG with outlined text draws as the PNG does', () => {
    const librsvg = drawWithLibrsvg(outlined, 'vectorise.svg');
    expect(librsvg.width).toBe(resvg.width);
    const share = differingShare(librsvg, resvg);
    const outsidePatterns = differingShare(librsvg, resvg, { skipped: patternAreas(withFonts, bands) });
    console.log(`outlined SVG in librsvg: ${percent(share)} of pixels differ from resvg's PNG, ${percent(outsidePatterns)} outside the patterns`);
    expect(share).toBeLessThan(MAX_DIFFERING);
    expect(outsidePatterns).toBeLessThan(MAX_DIFFERING_OUTSIDE_PATTERNS);
  });

  it('the SVG with embedded fonts, on a machine that has them installed, draws its chart as the PNG does', () => {
    const librsvg = drawWithLibrsvg(withFonts, 'polices.svg', { FONTCONFIG_FILE: fontconfigWithProjectFonts() });
    const share = differingShare(librsvg, resvg);
    // Within the chart (its labels, values, sublabels after their no-break space). Below it, Pango
    // joins Geist's ff and tt into ligatures where resvg does not, which moves the rest of those lines.
    const chart = differingShare(librsvg, resvg, { within: chartArea(withFonts), skipped: patternAreas(withFonts, bands) });
    console.log(`SVG with fonts in librsvg: ${percent(share)} of pixels differ from resvg's PNG, ${percent(chart)} in the chart outside the patterns`);
    expect(share).toBeLessThan(MAX_DIFFERING);
    expect(chart).toBeLessThan(MAX_DIFFERING_OUTSIDE_PATTERNS);
  });

  it.each([
    ['resvg’s PNG', () => resvg],
    ['the outlined SVG in librsvg', () => drawWithLibrsvg(outlined, 'vectorise.svg')],
    ['the SVG with fonts in librsvg, without them (fallback fonts)', () => drawWithLibrsvg(withFonts, 'sans-polices.svg')],
  ])('in %s, each value label sits inside its bar’s band, centred', (_, draw) => {
    const pixels = draw();
    for (const band of bands) {
      const ink = labelInk(pixels, band);
      expect(ink.top, band.key).toBeGreaterThanOrEqual(band.top - 1);
      expect(ink.bottom, band.key).toBeLessThanOrEqual(band.bottom + 1);
      expect(Math.abs((ink.top + ink.bottom) / 2 - (band.top + band.bottom) / 2), band.key).toBeLessThanOrEqual(2);
    }
  });
});
