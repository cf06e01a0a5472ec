import { describe, expect, it } from 'vitest';
import { LONGEST_BAR_SHARE, panelScale, roundStepAtMost } from './scale';

const NBSP = '\u00a0';

describe('a panel scale', () => {
  it('graduates in round steps up to the longest bar, never past it', () => {
    expect(panelScale(19_000).ticks.map((t) => t.text)).toEqual(['0', `5${NBSP}000`, `10${NBSP}000`, `15${NBSP}000`]);
    expect(panelScale(9_408).ticks.map((t) => t.value)).toEqual([0, 2_500, 5_000, 7_500]);
    expect(panelScale(700).ticks.map((t) => t.value)).toEqual([0, 250, 500]);
    expect(panelScale(80).ticks.map((t) => t.value)).toEqual([0, 25, 50, 75]);
    expect(panelScale(400).ticks.map((t) => t.value)).toEqual([0, 200, 400]);
  });

  it('ends past the longest bar, leaving room for its value', () => {
    expect(panelScale(19_000).end).toBeCloseTo(19_000 / LONGEST_BAR_SHARE);
    expect(panelScale(19_000).end).toBeGreaterThan(19_000);
  });

  it('counts in whole steps, even for a panel of one small figure', () => {
    expect(panelScale(1).ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(panelScale(3).ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(roundStepAtMost(0.4)).toBe(1);
  });

  it('gives every scale between two and five graduations', () => {
    for (let longest = 1; longest < 100_000; longest = Math.ceil(longest * 1.37)) {
      const count = panelScale(longest).ticks.length;
      expect(count, `longest ${longest}`).toBeGreaterThanOrEqual(2);
      expect(count, `longest ${longest}`).toBeLessThanOrEqual(5);
    }
  });
});
