// What an embed shows and how its URL spells it: `/integrer/membres?secteur=plasturgie&grappe=nord-package&theme=sombre`,
// read strictly before anything is drawn, written back in one canonical spelling that its cached rendering is kept under.
import { CHART_IDS, type ChartId } from '../view/charts/spec';
import { clusterHref } from '../url/paths';
import { parseSectorParam, SECTOR_PARAM } from '../url/sector-filter';

/** Where the embeds live: `/integrer/<chart>`. */
export const EMBED_BASE_PATH = '/integrer';
export const CLUSTER_PARAM = 'grappe';
export const THEME_PARAM = 'theme';
/** What `theme=` may say: the page's colours, or absent to follow the reader's `prefers-color-scheme`. */
export const EMBED_THEMES = ['clair', 'sombre'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The segment of the view without any parameter (a path segment cannot be empty). */
export const DEFAULT_EMBED_SEGMENT = 'tout';

/** One chart of one view: the sectors (none: every one), the cluster picked out, the colours asked for. */
export type EmbedView = { chart: ChartId; sectors: string[]; highlight: string | null; theme: EmbedTheme | null };

export type EmbedReading = { ok: true; view: EmbedView } | { ok: false; status: 404; message: string };

type Known = { sectorIds: readonly string[]; clusterSlugs: readonly string[] };

const refuse = (message: string): EmbedReading => ({ ok: false, status: 404, message });

/**
 * Reads an embed's chart and query strictly: an unknown chart or cluster, an unknown, empty or
 * repeated sector, a repeated cluster or theme, an unknown theme are all refused (the 404 page),
 * since an embed's URL comes from the menu's snippet and a page that silently shows another view
 * would mislead an article's reader. Parameters the embed does not read (a CMS's `utm_source`) are ignored.
 */
export function readEmbed(chart: string, params: URLSearchParams, known: Known): EmbedReading {
  if (!(CHART_IDS as readonly string[]).includes(chart)) return refuse(`graphique inconnu « ${chart.slice(0, 40)} » : ${CHART_IDS.join(' ou ')}`);
  const rawSectors = params.getAll(SECTOR_PARAM);
  const filter = parseSectorParam(rawSectors.length > 0 ? rawSectors : undefined, known.sectorIds);
  if (filter.status === 'invalid') return refuse(`paramètre « ${SECTOR_PARAM} » invalide`);
  const clusters = params.getAll(CLUSTER_PARAM);
  if (clusters.length > 1) return refuse(`paramètre « ${CLUSTER_PARAM} » répété`);
  const highlight = clusters[0] ?? null;
  if (highlight !== null && !known.clusterSlugs.includes(highlight)) return refuse(`grappe inconnue « ${highlight.slice(0, 60)} »`);
  const themes = params.getAll(THEME_PARAM);
  if (themes.length > 1 || (themes.length === 1 && !(EMBED_THEMES as readonly string[]).includes(themes[0]))) {
    return refuse(`paramètre « ${THEME_PARAM} » invalide : ${EMBED_THEMES.join(' ou ')}`);
  }
  return { ok: true, view: { chart: chart as ChartId, sectors: filter.sectors, highlight, theme: (themes[0] as EmbedTheme | undefined) ?? null } };
}

/** The view's canonical query without "?": `secteur=a,b&grappe=x&theme=sombre`, defaults never written, "" for the default. */
export function embedQuery(view: Omit<EmbedView, 'chart'>): string {
  // Sectors come canonical from readEmbed and the pages' views: in the dataset's order, none for every one.
  const parts = [view.sectors.length > 0 ? `${SECTOR_PARAM}=${view.sectors.join(',')}` : ''];
  if (view.highlight) parts.push(`${CLUSTER_PARAM}=${encodeURIComponent(view.highlight)}`);
  if (view.theme) parts.push(`${THEME_PARAM}=${view.theme}`);
  return parts.filter(Boolean).join('&');
}

/** The embed's own address, `/integrer/membres?secteur=plasturgie`: what the snippet frames. */
export function embedPath(view: EmbedView): string {
  const query = embedQuery(view);
  return `${EMBED_BASE_PATH}/${view.chart}${query ? `?${query}` : ''}`;
}

/**
 * The segment an embed URL's rendering is kept under (every spelling of one view gets one), or
 * null when the URL is refused: then no rendering is made, and the 404 page answers.
 */
export function embedSegment(chart: string, params: URLSearchParams, known: Known): string | null {
  const reading = readEmbed(chart, params, known);
  return reading.ok ? embedQuery(reading.view) || DEFAULT_EMBED_SEGMENT : null;
}

/** The query a segment stands for. */
export function embedSegmentParams(segment: string): URLSearchParams {
  return new URLSearchParams(segment === DEFAULT_EMBED_SEGMENT ? '' : segment);
}

/**
 * Where "Voir toutes les données" leads: the cluster's page when the embed picks one out (that page
 * is about it, and shows every sector), otherwise the overview with the embed's filter.
 */
export function fullViewPath(view: Pick<EmbedView, 'sectors' | 'highlight'>): string {
  if (view.highlight) return clusterHref(view.highlight);
  return view.sectors.length > 0 ? `/?${SECTOR_PARAM}=${view.sectors.join(',')}` : '/';
}
