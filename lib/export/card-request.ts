// Reading a social card's URL (`/export/carte.png?secteur=plasturgie`, `?grappe=nord-package`) before any drawing.
import { parseSectorParam, SECTOR_PARAM, type RawParam } from '../url/sector-filter';

/** The card's file name in its URL: `/export/carte.<format>`. */
export const CARD_FILE = 'carte';
export const CARD_FORMATS = ['png', 'svg'] as const;
export type CardFormat = (typeof CARD_FORMATS)[number];

export type CardRequest = { format: CardFormat; sectors: string[]; cluster: string | null };

export type CardParse = { ok: true; request: CardRequest } | { ok: false; status: 400 | 404; message: string };

type Known = { sectorIds: readonly string[]; clusterSlugs: readonly string[] };

const first = (value: RawParam): string | undefined => (Array.isArray(value) ? value[0] : (value ?? undefined));

/**
 * A card depends on its view only, never on a date: its URL is the page's filter (`secteur`, read as
 * the pages read it, unknown sectors dropped) or its cluster (`grappe`, which must exist). Other
 * parameters are ignored, as on the pages: `v`, the dataset's version that the pages' og:image
 * carries (lib/view/social-card.ts), only makes the address change with the dataset.
 */
export function parseCardRequest(format: string, query: Record<string, RawParam>, known: Known): CardParse {
  if (!CARD_FORMATS.includes(format as CardFormat)) {
    return { ok: false, status: 400, message: `format inconnu « ${format.slice(0, 20)} » : ${CARD_FORMATS.join(' ou ')} pour la carte de partage` };
  }
  const cluster = first(query.grappe) ?? null;
  if (cluster !== null && query[SECTOR_PARAM] !== undefined) {
    return { ok: false, status: 400, message: 'grappe et secteur ne vont pas ensemble : la carte d’une grappe la montre parmi toutes les autres' };
  }
  if (cluster !== null && !known.clusterSlugs.includes(cluster)) {
    return { ok: false, status: 404, message: `grappe inconnue « ${cluster.slice(0, 60)} »` };
  }
  const sectors = parseSectorParam(query[SECTOR_PARAM], known.sectorIds).sectors;
  return { ok: true, request: { format: format as CardFormat, sectors, cluster } };
}

/** The key a drawn card is kept under, and its file name: "grappes-carte-plasturgie.png". */
export function cardFileName(request: CardRequest): string {
  return `${['grappes', CARD_FILE, ...(request.cluster ? [request.cluster] : request.sectors)].join('-')}.${request.format}`;
}
