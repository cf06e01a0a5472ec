// oEmbed (https://oembed.com): a CMS given the address of a page or an embed of the site gets the
// snippet that frames its chart. `/oembed?url=…&maxwidth=…&maxheight=…&format=json` answers a
// `rich` object; the route only reads the query and sends what this returns.
import type { Dataset } from '../data/schema';
import { SITE_NAME } from '../view/caption';
import type { ChartSpec } from '../view/charts/spec';
import { exportUrl } from '../url/paths';
import { readView } from '../url/view-query';
import { embedChartSpec, embedTitle } from './embed-chart';
import { EMBED_BASE_PATH, embedPath, readEmbed, type EmbedView } from './embed-view';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from './snippet';

export const OEMBED_PATH = '/oembed';
export const OEMBED_TYPE = 'application/json+oembed';
/** The chart a page's address stands for: the first the page shows (CHART_IDS' order). */
export const PAGE_CHART = 'membres';
/** The width an embed is given when the consumer says none: an article's column. */
export const DEFAULT_OEMBED_WIDTH = 640;
/** Narrower, the chart is not readable (the phone drawing is 360 units wide with its margins). */
export const MIN_OEMBED_WIDTH = 280;
/** The web PNG's width (lib/export/render.ts, scaledPngSize(1)), which the thumbnail is. */
export const THUMBNAIL_WIDTH = 1200;

export type OembedAnswer = {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
};

export type OembedReply = { status: 200; answer: OembedAnswer } | { status: 400 | 404 | 501; message: string };

export type OembedContext = {
  dataset: Dataset;
  /** SITE_URL: the origin (and base path) of the answer's links. */
  siteUrl: string;
  /** The origin the request came to, which a `url` may name too (a server reached by another address). */
  requestOrigin: string;
  /** The height of the chart's web PNG, as the export lays it out (lib/export; measured with the fonts). */
  thumbnailHeight: (spec: ChartSpec, view: EmbedView) => number;
};

const refuse = (status: 400 | 404 | 501, message: string): OembedReply => ({ status, message });

/** A positive whole number of pixels, or null when absent; undefined when malformed. */
function readPixels(raw: string | null): number | null | undefined {
  if (raw === null || raw === '') return null;
  return /^[0-9]{1,5}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
}

/**
 * The embed a URL of the site stands for: an embed's own address, the overview with its filter
 * (its first chart), or a cluster's page (its first chart, the cluster picked out). Null for an
 * address that is not ours, or names nothing the site has.
 */
export function embedOfUrl(url: URL, dataset: Dataset, origins: { siteUrl: string; requestOrigin: string }): EmbedView | null {
  const bases = [origins.siteUrl, origins.requestOrigin].map((base) => base.replace(/\/+$/, ''));
  const href = `${url.origin}${url.pathname}`;
  const base = bases.find((b) => href === b || href.startsWith(`${b}/`));
  if (base === undefined) return null;
  const path = href.slice(base.length) || '/';
  const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };
  const embed = new RegExp(`^${EMBED_BASE_PATH}/([^/]+)$`).exec(path);
  if (embed) {
    const reading = readEmbed(decodeURIComponent(embed[1]), url.searchParams, known);
    return reading.ok ? reading.view : null;
  }
  if (path === '/') {
    // As the page reads it: what it would drop with a notice is no view of its own.
    const { view, filter } = readView(url.searchParams, known.sectorIds);
    return filter.status === 'invalid' ? null : { chart: PAGE_CHART, sectors: view.sectors, highlight: null, theme: null };
  }
  const cluster = /^\/grappes\/([^/]+)$/.exec(path);
  if (cluster && known.clusterSlugs.includes(cluster[1])) return { chart: PAGE_CHART, sectors: [], highlight: cluster[1], theme: null };
  return null;
}

/** The answer to `/oembed?url=…&maxwidth=…&maxheight=…&format=…`. */
export function oembedReply(params: URLSearchParams, context: OembedContext): OembedReply {
  const format = params.get('format');
  if (format !== null && format !== 'json') {
    return format === 'xml' ? refuse(501, 'format « xml » non pris en charge : format=json') : refuse(400, `format « ${format.slice(0, 20)} » inconnu : format=json`);
  }
  const raw = params.get('url');
  if (raw === null || raw.trim() === '') return refuse(400, 'paramètre « url » manquant : l’adresse d’une page ou d’un graphique intégré du site');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse(400, `paramètre « url » invalide : « ${raw.slice(0, 80)} » n’est pas une adresse absolue`);
  }
  const maxWidth = readPixels(params.get('maxwidth'));
  const maxHeight = readPixels(params.get('maxheight'));
  if (maxWidth === undefined) return refuse(400, 'paramètre « maxwidth » invalide : un nombre entier de pixels');
  if (maxHeight === undefined) return refuse(400, 'paramètre « maxheight » invalide : un nombre entier de pixels');

  const view = embedOfUrl(url, context.dataset, context);
  if (!view) return refuse(404, `aucun graphique du site à l’adresse « ${raw.slice(0, 80)} »`);
  const spec = embedChartSpec(context.dataset, view);
  const title = embedTitle(spec);
  const width = Math.max(MIN_OEMBED_WIDTH, Math.min(maxWidth ?? DEFAULT_OEMBED_WIDTH, DEFAULT_OEMBED_WIDTH));
  const height = Math.min(maxHeight ?? DEFAULT_EMBED_HEIGHT, DEFAULT_EMBED_HEIGHT);
  const thumbnailHeight = context.thumbnailHeight(spec, view);
  return {
    status: 200,
    answer: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: SITE_NAME,
      provider_url: `${context.siteUrl}/`,
      html: embedSnippet({ origin: context.siteUrl, embedPath: embedPath(view), title, height }),
      width,
      height,
      thumbnail_url: `${context.siteUrl}${exportUrl(view.chart, 'png', { sectors: view.sectors, highlight: view.highlight })}`,
      thumbnail_width: THUMBNAIL_WIDTH,
      thumbnail_height: thumbnailHeight,
    },
  };
}

/**
 * The discovery link of a page or an embed (`<link rel="alternate" type="application/json+oembed">`),
 * as Next.js's metadata writes it: `pageUrl` is the page's absolute address.
 */
export function oembedAlternates(siteUrl: string, pageUrl: string, title: string): { types: Record<string, Array<{ url: string; title: string }>> } {
  const url = `${siteUrl}${OEMBED_PATH}?url=${encodeURIComponent(pageUrl)}&format=json`;
  return { types: { [OEMBED_TYPE]: [{ url, title }] } };
}
