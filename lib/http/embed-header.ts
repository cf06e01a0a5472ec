// Says which cached rendering answers a request for an embed (`/integrer/membres?…`): a request
// header that a rewrite of next.config.js reads, as view-header.ts does for the overview, and for
// the same reason (a rewrite cannot read a view from a query).
import type { IncomingMessage } from 'node:http';

/** The request header that names the embed's segment (next.config.js reads the same name). */
export const EMBED_HEADER = 'x-grappes-integration';

/** The segment a chart and query are rendered under, or null when the URL is refused (the 404 page answers). */
export type EmbedSegmentOf = (chart: string, params: URLSearchParams) => string | null;

const EMBED_PATH = /^\/integrer\/([^/?]+)$/;

/** Sets the header on a request for an embed that has a rendering, and removes any the client sent. */
export function markEmbed(request: IncomingMessage, segmentOf: EmbedSegmentOf): void {
  delete request.headers[EMBED_HEADER];
  const url = request.url ?? '';
  const mark = url.indexOf('?');
  const match = EMBED_PATH.exec(mark < 0 ? url : url.slice(0, mark));
  if (!match) return;
  let chart: string;
  try {
    chart = decodeURIComponent(match[1]);
  } catch {
    return;
  }
  const segment = segmentOf(chart, new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1)));
  if (segment !== null) request.headers[EMBED_HEADER] = segment;
}
