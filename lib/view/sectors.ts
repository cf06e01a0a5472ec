// Sector colours: assigned once, in the dataset's order, and used by every chart, legend and table.
import type { Sector } from '../data/schema';

/**
 * A palette that colour-blind readers can tell apart (after Okabe & Ito and Paul Tol), each
 * colour at least 3:1 against white so that bars stand out on paper too. The first seven are the
 * real dataset's. The last five (ColorBrewer's PRGn purple, Dark2 magenta, BrBG brown, RdBu red,
 * BrBG teal) were picked for the largest least difference from the others under simulated
 * protanopia, deuteranopia and tritanopia, so that a national list of twelve sectors never shows
 * two sectors in one colour; past twelve, colours repeat, and the sector is still written on
 * every bar.
 */
export const SECTOR_PALETTE = [
  '#0072B2', '#D55E00', '#AA4499', '#117733', '#332288', '#997700', '#CC6677',
  '#762A83', '#E7298A', '#8C510A', '#B2182B', '#35978F',
] as const;

/** Ink for a figure that belongs to no sector (first-wave clusters). */
export const NO_SECTOR_COLOR = '#595959';

export type SectorStyle = { id: string; label: string; color: string };

export function sectorStyles(sectors: Sector[]): Map<string, SectorStyle> {
  return new Map(
    sectors.map((sector, i) => [
      sector.id,
      { id: sector.id, label: sector.label, color: SECTOR_PALETTE[i % SECTOR_PALETTE.length] },
    ]),
  );
}
