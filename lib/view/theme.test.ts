import { describe, expect, it } from 'vitest';
import { closestPair, contrastRatio, relativeLuminance } from './testing/colour-vision';
import * as theme from './theme';

const { SECTOR_PALETTE, SECTOR_PALETTE_DARK, SURFACE_DARK, PAPER_DARK, THEME_COLORS } = theme;

describe('the dark theme', () => {
  it('names a dark counterpart for every colour the pages name', () => {
    for (const [name, pair] of Object.entries(THEME_COLORS)) {
      expect(pair.sombre, name).toMatch(/^#[0-9a-f]{6}$/i);
      expect(pair.sombre.toLowerCase(), name).not.toBe(pair.clair.toLowerCase());
    }
    expect(theme.darkCounterpart(theme.INK)).toBe(theme.INK_DARK);
    expect(theme.darkCounterpart(theme.WHITE)).toBe(SURFACE_DARK);
    expect(theme.darkCounterpart(theme.NO_SECTOR_COLOR)).toBe(theme.NO_SECTOR_COLOR_DARK);
    expect(SECTOR_PALETTE.map(theme.darkCounterpart)).toEqual([...SECTOR_PALETTE_DARK]);
    expect(theme.themedColor('#0072b2')).toBe('var(--color-sector-1, #0072b2)');
  });

  it('is a dark ground under light ink', () => {
    for (const ground of [PAPER_DARK, SURFACE_DARK]) expect(relativeLuminance(ground), ground).toBeLessThan(0.02);
    expect(relativeLuminance(theme.INK_DARK)).toBeGreaterThan(0.7);
  });

  it('draws every bar at least 3:1 against the chart’s ground and the page’s', () => {
    for (const colour of [...SECTOR_PALETTE_DARK, theme.NO_SECTOR_COLOR_DARK]) {
      expect(contrastRatio(colour, SURFACE_DARK), colour).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, PAPER_DARK), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('prints text at least 4.5:1 wherever it is set', () => {
    const texts = { ink: theme.INK_DARK, muted: theme.MUTED_DARK, legend: theme.LEGEND_INK_DARK, accent: theme.ACCENT_DARK };
    for (const [name, colour] of Object.entries(texts)) {
      for (const ground of [PAPER_DARK, SURFACE_DARK]) expect(contrastRatio(colour, ground), `${name} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
    // The invented-data warning, and the chosen chip of the filter (surface-coloured text on ink).
    expect(contrastRatio(theme.INK_DARK, theme.WARNING_DARK)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(SURFACE_DARK, theme.INK_DARK)).toBeGreaterThanOrEqual(4.5);
    // The muted text keeps the 7:1 it has in the light theme.
    expect(contrastRatio(theme.MUTED_DARK, SURFACE_DARK)).toBeGreaterThanOrEqual(7);
  });

  it('rings the keyboard focus at least 3:1 against what it surrounds', () => {
    for (const ground of [PAPER_DARK, SURFACE_DARK]) expect(contrastRatio(theme.FOCUS_DARK, ground)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the light theme’s contrasts', () => {
    expect(contrastRatio(theme.INK, theme.PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(theme.MUTED, theme.WHITE)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(theme.FOCUS, theme.PAPER)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the sectors apart for colour-blind readers, better than the light palette does', () => {
    const grey = theme.NO_SECTOR_COLOR_DARK;
    const real = closestPair([...SECTOR_PALETTE_DARK.slice(0, 7), grey]);
    const national = closestPair([...SECTOR_PALETTE_DARK, grey]);
    // CIEDE2000 under simulated protanopia, deuteranopia and tritanopia: about 2 is a difference one notices side by side.
    expect(real.difference, `${real.pair.join(' / ')} (${real.vision})`).toBeGreaterThanOrEqual(10);
    expect(national.difference, `${national.pair.join(' / ')} (${national.vision})`).toBeGreaterThanOrEqual(4.5);
    expect(national.difference).toBeGreaterThan(closestPair([...SECTOR_PALETTE, theme.NO_SECTOR_COLOR]).difference);
    expect(new Set(SECTOR_PALETTE_DARK.map((c) => c.toLowerCase())).size).toBe(SECTOR_PALETTE_DARK.length);
  });
});
