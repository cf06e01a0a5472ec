// Sector colours: assigned once, in the dataset's order, and used by every chart, legend and table.
import type { Sector } from '../data/schema';
import { SECTOR_PALETTE } from './theme';

export type SectorStyle = { id: string; label: string; color: string };

export function sectorStyles(sectors: Sector[]): Map<string, SectorStyle> {
  return new Map(
    sectors.map((sector, i) => [
      sector.id,
      { id: sector.id, label: sector.label, color: SECTOR_PALETTE[i % SECTOR_PALETTE.length] },
    ]),
  );
}
