// A narrow print is laid out anew, not shrunk: its letters must stay large enough to print.
import { describe, expect, it } from 'vitest';
import { renderChartMarkup } from '@/components/charts/chart-markup';
import { readDatasetFile } from '../data/load';
import { captionedFor, exportSpec } from './produce';
import { presetSize, type PrintPresetId } from './print-sizes';
import type { ExportRequest } from './request';

const dataset = readDatasetFile('data/clusters.json');
const POINTS_PER_MM = 72 / 25.4;

/** The smallest text of the picture, in points, once printed `widthMm` wide (the chart's own texts scaled into its frame). */
function smallestPrintedText(svg: string, pictureWidth: number, widthMm: number): number {
  const pointsPerUnit = (widthMm * POINTS_PER_MM) / pictureWidth;
  const frame = /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="0 0 ([\d.]+) /.exec(svg)!;
  const chartScale = Number(frame[1]) / Number(frame[2]);
  const start = frame.index;
  const end = svg.indexOf('</svg>', start);
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * (m.index > start && m.index < end ? chartScale : 1));
  return Math.min(...sizes) * pointsPerUnit;
}

describe('print layouts', () => {
  const request = (print: PrintPresetId): ExportRequest => ({ chart: 'emplois', format: 'png', scale: 1, print: presetSize(print), sectors: [], highlight: null, date: '2026-12-02' });
  const laidOut = (print: PrintPresetId) => captionedFor(dataset, exportSpec(dataset, request(print)), request(print), renderChartMarkup);

  it('lays one column (46 mm) out at half the width, with the chart’s narrow drawing', () => {
    const column = laidOut('1-colonne');
    expect(column.width).toBe(300);
    expect(column.svg).toMatch(/viewBox="0 0 360 /);
    expect(laidOut('2-colonnes').width).toBe(600);
  });

  it('prints no letter of one column under 4 pt, nearly twice the size of the full picture shrunk', () => {
    const column = laidOut('1-colonne');
    const shrunk = laidOut('a4');
    const columnPt = smallestPrintedText(column.svg, column.width, 46);
    const shrunkPt = smallestPrintedText(shrunk.svg, shrunk.width, 46);
    console.log(`smallest text at 46 mm: ${columnPt.toFixed(2)} pt laid out as a column, ${shrunkPt.toFixed(2)} pt shrunk`);
    expect(columnPt).toBeGreaterThanOrEqual(4);
    expect(columnPt / shrunkPt).toBeGreaterThan(1.8);
  });

  it('keeps every panel heading and every bar in the column', () => {
    const column = laidOut('1-colonne');
    for (const heading of ['Membres de la grappe', 'Toute la filière en région', 'Métropole lilloise seulement']) expect(column.texts).toContain(heading);
    expect(column.svg.match(/data-bar="/g)).toHaveLength(5);
  });
});
