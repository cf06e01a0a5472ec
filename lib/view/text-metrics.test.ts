import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_CAP_HEIGHT, centredBaselineShift } from './text-metrics';

const bold = fontkit.openSync('node_modules/geist/dist/fonts/geist-sans/Geist-Bold.ttf') as fontkit.Font;

describe('centredBaselineShift', () => {
  it('is the font’s own cap height', () => {
    expect(CHART_FONT_CAP_HEIGHT).toBe(bold.capHeight / bold.unitsPerEm);
  });

  it('puts the ink of a value label’s figures around the given y', () => {
    for (const label of ['9 408', '11 500', '≈ 15', '80']) {
      const run = bold.layout(label);
      const boxes = run.glyphs.map((g) => g.bbox).filter((b) => b.maxY > b.minY);
      const top = Math.max(...boxes.map((b) => b.maxY));
      const bottom = Math.min(...boxes.map((b) => b.minY));
      // SVG's y grows downwards: the ink spans baseline - top … baseline - bottom, the baseline at dy.
      const size = 15;
      const middle = centredBaselineShift(size) - (((top + bottom) / 2) * size) / bold.unitsPerEm;
      expect(Math.abs(middle), label).toBeLessThan(0.6);
    }
  });
});
