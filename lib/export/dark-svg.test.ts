import { describe, expect, it } from 'vitest';
import { renderChartMarkup } from '../../components/charts/chart-markup';
import { readDatasetFile } from '../data/load';
import { closestPair, contrastRatio } from '../view/testing/colour-vision';
import * as theme from '../view/theme';
import { PAGE_BACKGROUND } from './captioned-svg';
import { darkSvg } from './dark-svg';
import { captionedFor, exportSpec } from './produce';
import type { ExportRequest } from './request';

const dataset = readDatasetFile('data/clusters.json');
const request = (extra: Partial<ExportRequest>): ExportRequest => ({
  chart: 'membres', format: 'svg', scale: 1, sectors: [], highlight: 'nord-package', date: '2026-11-28', ...extra,
});
const picture = (extra: Partial<ExportRequest>) => captionedFor(dataset, exportSpec(dataset, request(extra)), request(extra), renderChartMarkup).svg;
const paints = (svg: string, property: string) => [...svg.matchAll(new RegExp(`<(\\w+)[^>]*? ${property}="(#[0-9a-fA-F]{6})"`, 'g'))].map((m) => ({ tag: m[1], colour: m[2].toLowerCase() }));

describe('a dark export', () => {
  const light = picture({});
  const dark = picture({ dark: true });

  it('is the light picture with each colour swapped for its dark counterpart', () => {
    expect(dark).toBe(darkSvg(light));
    expect(dark.replace(/ (fill|stroke)="#[0-9a-fA-F]{6}"/g, '')).toBe(light.replace(/ (fill|stroke)="#[0-9a-fA-F]{6}"/g, ''));
    const lightColours = new Set(Object.values(theme.THEME_COLORS).map((pair) => pair.clair.toLowerCase()));
    for (const { colour } of [...paints(dark, 'fill'), ...paints(dark, 'stroke')]) expect(lightColours.has(colour), colour).toBe(false);
  });

  it('lies on the dark ground', () => {
    expect(dark).toContain(darkSvg(PAGE_BACKGROUND));
    expect(darkSvg(PAGE_BACKGROUND)).toContain(`fill="${theme.SURFACE_DARK}"`);
  });

  it('prints every text at least 4.5:1 and draws every bar at least 3:1 on that ground', () => {
    const texts = paints(dark, 'fill').filter((p) => p.tag === 'text' || p.tag === 'tspan');
    expect(texts.length).toBeGreaterThan(20);
    for (const { colour } of texts) expect(contrastRatio(colour, theme.SURFACE_DARK), colour).toBeGreaterThanOrEqual(4.5);
    const bars = paints(dark, 'stroke').filter((p) => p.tag === 'rect' && p.colour !== theme.INK_DARK.toLowerCase());
    expect(bars.length).toBeGreaterThan(3);
    for (const { colour } of bars) expect(contrastRatio(colour, theme.SURFACE_DARK), colour).toBeGreaterThanOrEqual(3);
    expect(closestPair([...new Set(bars.map((b) => b.colour))]).difference).toBeGreaterThanOrEqual(10);
  });
});
