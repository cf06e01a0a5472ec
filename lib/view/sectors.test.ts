import { describe, expect, it } from 'vitest';
import { employmentChartSpec } from './charts/employment';
import { readDatasetFile } from '../data/load';
import { sectorStyles } from './sectors';
import { NO_SECTOR_COLOR, SECTOR_PALETTE } from './theme';
import { syntheticDataset } from '../synthetic/generator';

/** WCAG contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe('sector colours', () => {
  it('are twelve distinct colours, each at least 3:1 on white, none the grey of "no sector"', () => {
    expect(SECTOR_PALETTE).toHaveLength(12);
    expect(new Set(SECTOR_PALETTE.map((c) => c.toLowerCase())).size).toBe(12);
    for (const colour of [...SECTOR_PALETTE, NO_SECTOR_COLOR]) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    expect(SECTOR_PALETTE).not.toContain(NO_SECTOR_COLOR);
  });

  it('keep the real dataset’s colours', () => {
    const styles = sectorStyles(readDatasetFile('data/clusters.json').sectors);
    expect(styles.get('plasturgie')?.color).toBe('#0072B2');
    expect(styles.get('numerique')?.color).toBe('#CC6677');
  });

  it('give each of the twelve sectors of a national list its own colour, in every chart', () => {
    const national = syntheticDataset(1000, 1);
    expect(national.sectors).toHaveLength(12);
    expect(new Set([...sectorStyles(national.sectors).values()].map((s) => s.color)).size).toBe(12);
    const bars = employmentChartSpec(national).bars;
    const colourOf = new Map<string, string>();
    for (const bar of bars) {
      for (const [label, colour] of colourOf) if (label !== bar.label) expect(colour, `${label} / ${bar.label}`).not.toBe(bar.color);
      colourOf.set(bar.label, bar.color);
    }
  });
});
