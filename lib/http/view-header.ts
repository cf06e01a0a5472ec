// Says which cached rendering answers a request for the overview: a request header that a rewrite
// of next.config.js reads (`has`) to send the request to that rendering. Set before Next.js sees
// the request, since a rewrite cannot read a view from a query: it sees one value of a repeated
// parameter (`?secteur=a&secteur=b`, as a form sends it), and no canonical order.
import type { IncomingMessage } from 'node:http';

/** The request header that names the view's segment (next.config.js reads the same name). */
export const VIEW_HEADER = 'x-grappes-vue';

/** The segment a query's view is rendered under, or null when only that URL's own rendering will do. */
export type SegmentOf = (params: URLSearchParams) => string | null;

/**
 * Sets the header on a request for the overview (the path `/`) whose view has a cached rendering,
 * and removes any the client sent, so that what answers a URL depends on that URL alone.
 */
export function markView(request: IncomingMessage, segmentOf: SegmentOf): void {
  delete request.headers[VIEW_HEADER];
  const url = request.url ?? '';
  const mark = url.indexOf('?');
  if ((mark < 0 ? url : url.slice(0, mark)) !== '/') return;
  const segment = segmentOf(new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1)));
  if (segment !== null) request.headers[VIEW_HEADER] = segment;
}
