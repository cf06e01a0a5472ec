// GET /api/apercu?secteur=…[&tri=…&ordre=…&page=…]: the overview's view for a filter, sort and page,
// with each chart's SVG drawn by the page's own chart component. The overview fetches it when the
// filter changes, so the browser never loads recharts. A Pages Router route, since App Router route
// handlers may not import react-dom/server. The public data API is /api/grappes.
import type { NextApiRequest, NextApiResponse } from 'next';
import { chartSvg } from '@/components/charts/chart-markup';
import type { ChartSpec } from '@/lib/view/charts';
import { getDataset } from '@/lib/data/load';
import { overviewRequestKey, parseOverviewRequest } from '@/lib/url/overview-request';
import { overviewView, type OverviewWithCharts } from '@/lib/view/overview';
import { AnswerCache, bodyBytes, etagOf } from '@/lib/response-cache';

type Rendered = { body: string; etag: string };
/**
 * Answers depend only on the normalised query: the last ones asked are kept, up to 16 MB (a view
 * with its two charts' SVG weighs 20 to 100 kB).
 */
const rendered = new AnswerCache<Rendered>({ maxBytes: 16 * 1024 * 1024, sizeOf: (answer) => bodyBytes(answer.body) });
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/** The chart's markup, with the ids the overview gives it (its chart id, see ChartFigure). */
const svgOf = (spec: ChartSpec) => (spec.bars.length > 0 ? chartSvg(spec, spec.id) : null);

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return res.status(405).json({ error: { status: 405, message: 'méthode non permise : GET ou HEAD' } });
  }
  const dataset = getDataset();
  const parsed = parseOverviewRequest(new URLSearchParams((req.url ?? '').split('?')[1] ?? ''), dataset);
  if (!parsed.ok) {
    res.setHeader('Cache-Control', 'no-store');
    return res.status(400).json({ error: { status: 400, parameter: parsed.parameter, message: parsed.message, unknown: parsed.unknown } });
  }

  const key = overviewRequestKey(parsed);
  let answer = rendered.get(key);
  if (!answer) {
    const view = overviewView(dataset, parsed.filter, { sort: parsed.sort, page: parsed.page });
    const payload: OverviewWithCharts = { ...view, svg: { members: svgOf(view.members), employment: svgOf(view.employment) } };
    const body = JSON.stringify(payload);
    answer = rendered.set(key, { body, etag: etagOf(body) });
  }

  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('ETag', answer.etag);
  if (req.headers['if-none-match'] === answer.etag) return res.status(304).end();
  res.setHeader('Content-Length', Buffer.byteLength(answer.body));
  // res.end, not res.send, which would hash the body again for an ETag of its own.
  res.status(200);
  return req.method === 'HEAD' ? res.end() : res.end(answer.body);
}
