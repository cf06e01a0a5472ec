// The sector filter in the URL (`?secteur=plasturgie,emballage`): parsed into valid / invalid / missing.

export const SECTOR_PARAM = 'secteur';
/** Longer values are not a filter someone typed or shared: they are refused whole. */
export const MAX_PARAM_LENGTH = 500;

export type SectorFilter =
  /** No filter: every sector. */
  | { status: 'missing'; sectors: [] }
  /** Every value named a known sector (duplicates and order aside). */
  | { status: 'valid'; sectors: string[] }
  /** Some values were unusable: `sectors` keeps the known ones, `unknown` and `problem` say what was dropped. */
  | { status: 'invalid'; sectors: string[]; unknown: string[]; problem: string | null };

export type RawParam = string | string[] | null | undefined;

/**
 * Reads the `secteur` parameter, given once with commas or repeated (as a GET form sends it).
 * Known ids come back in the dataset's order, without duplicates, so that one view has one URL.
 */
export function parseSectorParam(raw: RawParam, knownIds: readonly string[]): SectorFilter {
  const values = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (values.length === 0) return { status: 'missing', sectors: [] };
  const joined = values.join(',');
  if (joined.length > MAX_PARAM_LENGTH) {
    return { status: 'invalid', sectors: [], unknown: [], problem: `paramètre « ${SECTOR_PARAM} » trop long (${joined.length} caractères)` };
  }
  const parts = joined.split(',').map((part) => part.trim().toLowerCase());
  const known = new Set(knownIds);
  const asked = new Set<string>();
  const unknown: string[] = [];
  let empty = false;
  let repeated = false;
  for (const part of parts) {
    if (part === '') empty = true;
    else if (asked.has(part)) repeated = true;
    else if (known.has(part)) asked.add(part);
    else if (!unknown.includes(part)) unknown.push(part);
  }
  const sectors = knownIds.filter((id) => asked.has(id));
  if (unknown.length === 0 && !empty && !repeated) {
    return sectors.length === knownIds.length ? { status: 'missing', sectors: [] } : { status: 'valid', sectors };
  }
  const problem = empty ? 'valeur vide' : repeated ? 'secteur répété' : null;
  return { status: 'invalid', sectors, unknown, problem };
}

/** The notice a page shows for what it ignored, or null. */
export function filterNotice(filter: SectorFilter): string | null {
  if (filter.status !== 'invalid') return null;
  const parts: string[] = [];
  if (filter.unknown.length > 0) {
    const shown = filter.unknown.map((u) => `« ${truncate(u, 40)} »`).join(', ');
    parts.push(`${filter.unknown.length > 1 ? 'secteurs inconnus ignorés' : 'secteur inconnu ignoré'} : ${shown}`);
  }
  if (filter.problem) parts.push(`${filter.problem} ignoré${filter.problem.startsWith('valeur') ? 'e' : ''}`);
  const text = parts.join(' ; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** The API's error for a filter it refuses: what is wrong, and what it accepts. */
export function filterError(filter: SectorFilter, knownIds: readonly string[]): string {
  if (filter.status !== 'invalid') return '';
  const parts: string[] = [];
  if (filter.unknown.length > 0) {
    parts.push(`${filter.unknown.length > 1 ? 'secteurs inconnus' : 'secteur inconnu'} : ${filter.unknown.map((u) => `« ${truncate(u, 40)} »`).join(', ')}`);
  }
  if (filter.problem) parts.push(filter.problem);
  return `Paramètre « ${SECTOR_PARAM} » invalide (${parts.join(' ; ')}). Valeurs acceptées, séparées par des virgules : ${knownIds.join(', ')}.`;
}

/** The query string of a view: empty for every sector (the default is never written). */
export function sectorQuery(sectors: readonly string[], knownIds: readonly string[]): string {
  const ordered = knownIds.filter((id) => sectors.includes(id));
  if (ordered.length === 0 || ordered.length === knownIds.length) return '';
  return `?${SECTOR_PARAM}=${ordered.join(',')}`;
}

/** Adds or removes one sector from a selection, keeping the dataset's order. */
export function toggleSector(sectors: readonly string[], id: string, knownIds: readonly string[]): string[] {
  const next = sectors.includes(id) ? sectors.filter((s) => s !== id) : [...sectors, id];
  return knownIds.filter((known) => next.includes(known));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
