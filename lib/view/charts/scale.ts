// A panel's length scale: where it ends (room after the longest bar for its value) and its graduations.
import { formatNumber } from '../../format/french';

/** The longest bar of a panel takes this share of its width; the rest is for its value label. */
export const LONGEST_BAR_SHARE = 0.78;

export type PanelTick = { value: number; text: string };
export type PanelScale = {
  /** The value at the panel's right edge. */
  end: number;
  /** 0, then round steps (1, 2, 2.5 or 5 × 10ⁿ), none past the longest bar: two to five of them. */
  ticks: PanelTick[];
};

const NICE_STEPS = [1, 2, 2.5, 5];

/** The largest round step no larger than `limit`, and never under 1: the figures are counts. */
export function roundStepAtMost(limit: number): number {
  if (limit <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(limit));
  const multiple = [...NICE_STEPS].reverse().find((m) => m * magnitude <= limit) ?? 1;
  return multiple * magnitude;
}

export function panelScale(longest: number): PanelScale {
  if (longest <= 0) return { end: 1, ticks: [{ value: 0, text: '0' }] };
  const step = roundStepAtMost(longest / 2);
  const ticks: PanelTick[] = [];
  for (let value = 0; value <= longest; value += step) ticks.push({ value, text: formatNumber(value) });
  return { end: longest / LONGEST_BAR_SHARE, ticks };
}
