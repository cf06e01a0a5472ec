import { describe, expect, it } from 'vitest';
import { millimetresToPoints, parsePrintSize, pixelsForMillimetres, PRINT_PRESETS, presetSize, printSizeLabel } from './print-sizes';

describe('print sizes', () => {
  it('fill each printed width with its pixels at 300 dpi', () => {
    expect(PRINT_PRESETS.map(({ id }) => [id, presetSize(id).widthMm, presetSize(id).widthPx])).toEqual([
      ['1-colonne', 46, 543],
      ['2-colonnes', 96, 1134],
      ['3-colonnes', 146, 1724],
      ['a4', 170, 2008],
    ]);
    // Back from pixels: within half a pixel of the width asked.
    for (const { id } of PRINT_PRESETS) {
      const size = presetSize(id);
      expect(Math.abs((size.widthPx / 300) * 25.4 - size.widthMm)).toBeLessThan((0.5 / 300) * 25.4);
    }
  });

  it('are said in the menu as the desk asks for them', () => {
    expect(PRINT_PRESETS.map(({ id }) => printSizeLabel(presetSize(id)).replace(/\u00a0/g, ' '))).toEqual([
      '1 colonne · 46 mm · 543 px',
      '2 colonnes · 96 mm · 1 134 px',
      '3 colonnes · 146 mm · 1 724 px',
      'Pleine largeur A4 · 170 mm · 2 008 px',
    ]);
  });

  it('turn millimetres into PDF points and pixels', () => {
    expect(millimetresToPoints(25.4)).toBe(72);
    expect(millimetresToPoints(96)).toBeCloseTo(272.126, 3);
    expect(pixelsForMillimetres(25.4, 144)).toBe(144);
  });

  it('read a custom width in mm or px, a px width printed at 300 dpi', () => {
    expect(parsePrintSize(undefined, '120mm')).toEqual({ ok: true, size: { id: '120mm', name: 'Largeur libre', widthMm: 120, widthPx: 1417 } });
    expect(parsePrintSize(undefined, '1500px')).toEqual({ ok: true, size: { id: '1500px', name: 'Largeur libre', widthMm: 127, widthPx: 1500 } });
    expect(printSizeLabel(presetSize('a4'))).toContain('170');
    expect(parsePrintSize(undefined, '20mm').ok && parsePrintSize(undefined, '400mm').ok && parsePrintSize(undefined, '4800px').ok).toBe(true);
    expect(parsePrintSize(undefined, undefined)).toEqual({ ok: true, size: null });
  });
});
