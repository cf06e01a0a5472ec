// Print sizes as a layout desk asks for them: a printed width in millimetres, drawn at 300 dpi.
import { formatNumber } from '../format/french';

/** The resolution print asks for at the printed size. */
export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;
const POINTS_PER_INCH = 72;

/**
 * The desk's widths: a column of a six-column tabloid page (about 280 mm of print, 4 mm gutters) is
 * 46 mm; two columns with their gutter 96 mm, three 146 mm. A4's text width with 20 mm margins is 170 mm.
 */
export const PRINT_PRESETS = [
  { id: '1-colonne', name: '1 colonne', widthMm: 46 },
  { id: '2-colonnes', name: '2 colonnes', widthMm: 96 },
  { id: '3-colonnes', name: '3 colonnes', widthMm: 146 },
  { id: 'a4', name: 'Pleine largeur A4', widthMm: 170 },
] as const;

export type PrintPresetId = (typeof PRINT_PRESETS)[number]['id'];

/** Bounds of a custom width (`largeur=120mm`, `largeur=1500px`): 4 800 px is the old scale 4's width. */
export const CUSTOM_WIDTH_MM = { min: 20, max: 400 } as const;
export const CUSTOM_WIDTH_PX = { min: 200, max: 4800 } as const;

/** A printed width and the pixels that fill it at 300 dpi. */
export type PrintSize = {
  /** How the URL and the file name say it: "2-colonnes", "120mm", "1500px". */
  id: string;
  /** The preset's name, or "Largeur libre". */
  name: string;
  widthMm: number;
  widthPx: number;
};

export function pixelsForMillimetres(mm: number, dpi: number = PRINT_DPI): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

export function millimetresToPoints(mm: number): number {
  return (mm * POINTS_PER_INCH) / MM_PER_INCH;
}

export function presetSize(id: PrintPresetId): PrintSize {
  const preset = PRINT_PRESETS.find((p) => p.id === id)!;
  return { id: preset.id, name: preset.name, widthMm: preset.widthMm, widthPx: pixelsForMillimetres(preset.widthMm) };
}

/** "2 colonnes · 96 mm · 1 134 px": the size in the menu's words. */
export function printSizeLabel(size: PrintSize): string {
  const mm = Number.isInteger(size.widthMm) ? formatNumber(size.widthMm) : formatNumber(Math.round(size.widthMm * 10) / 10);
  return `${size.name} · ${mm}\u00a0mm · ${formatNumber(size.widthPx)}\u00a0px`;
}

export type PrintSizeParse = { ok: true; size: PrintSize | null } | { ok: false; message: string };

const presetIds = PRINT_PRESETS.map((p) => p.id).join(', ');

/**
 * Reads `impression=<preset>` or `largeur=<n>mm|<n>px`; neither gives null (the web picture).
 * A width in px is printed at 300 dpi too: 1 500 px is then 127 mm.
 */
export function parsePrintSize(impression: string | undefined, largeur: string | undefined): PrintSizeParse {
  if (impression !== undefined && largeur !== undefined) {
    return { ok: false, message: 'impression et largeur ne vont pas ensemble : une taille prédéfinie ou une largeur libre' };
  }
  if (impression !== undefined) {
    const preset = PRINT_PRESETS.find((p) => p.id === impression);
    if (!preset) return { ok: false, message: `impression « ${impression.slice(0, 20)} » inconnue : ${presetIds}` };
    return { ok: true, size: presetSize(preset.id) };
  }
  if (largeur === undefined) return { ok: true, size: null };
  const bounds = `largeur « ${largeur.slice(0, 20)} » hors limites : un entier de ${CUSTOM_WIDTH_MM.min} à ${CUSTOM_WIDTH_MM.max} suivi de mm, ou de ${CUSTOM_WIDTH_PX.min} à ${formatNumber(CUSTOM_WIDTH_PX.max)} suivi de px`;
  const match = /^([0-9]{1,4})(mm|px)$/.exec(largeur);
  if (!match) return { ok: false, message: bounds };
  const value = Number(match[1]);
  const { min, max } = match[2] === 'mm' ? CUSTOM_WIDTH_MM : CUSTOM_WIDTH_PX;
  if (value < min || value > max) return { ok: false, message: bounds };
  const size =
    match[2] === 'mm'
      ? { id: `${value}mm`, name: 'Largeur libre', widthMm: value, widthPx: pixelsForMillimetres(value) }
      : { id: `${value}px`, name: 'Largeur libre', widthMm: (value / PRINT_DPI) * MM_PER_INCH, widthPx: value };
  return { ok: true, size };
}
