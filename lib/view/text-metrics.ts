// Where chart text sits, from the chart font's metrics: `dominant-baseline` is not read by every
// SVG tool (librsvg, Inkscape), an explicit offset from the alphabetic baseline is.

/** Geist's cap height, which its figures share: 710 of 1 000 units (OS/2 sCapHeight). */
export const CHART_FONT_CAP_HEIGHT = 0.71;

/** The dy that centres a line of figures on a y: half their height, below it. */
export function centredBaselineShift(fontSize: number): number {
  return Math.round(((CHART_FONT_CAP_HEIGHT * fontSize) / 2) * 100) / 100;
}
