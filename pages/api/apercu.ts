// GET /api/apercu?secteur=…[&tri=…&ordre=…&page=…]: the overview's view for a filter, sort and page,
// with each chart's SVG drawn by the page's own chart component. The overview fetches it when the
// filter changes, so the browser never loads recharts. A Pages Router route, since App Router route
// handlers may not import react-dom/server. The public data API is /api/grappes.
import type { NextApiRequest, NextApiResponse } from 'next';
import { withChartSvg } from '@/components/charts/chart-markup';
import { getDataset } from '@/lib/data/load';
import { errorReply, makeAnswer, methodNotAllowedReply, replyWith, sendReply, type Answer } from '@/lib/http/answers';
import { isAllowedMethod } from '@/lib/http/methods';
import { AnswerCache, bodyBytes } from '@/lib/http/response-cache';
import { parseOverviewRequest } from '@/lib/url/overview-request';
import { overviewView } from '@/lib/view/overview';

/**
 * Answers depend only on the canonical view: the last ones asked are kept, up to 16 MB (a view
 * with its two charts' SVG weighs 20 to 100 kB).
 */
const answers = new AnswerCache<Answer>({ maxBytes: 16 * 1024 * 1024, sizeOf: (answer) => bodyBytes(answer.body) });

export default function handler(req: NextApiRequest, res: NextApiResponse): void {
  if (!isAllowedMethod(req.method)) return sendReply(res, methodNotAllowedReply(req.method));
  const dataset = getDataset();
  const parsed = parseOverviewRequest(new URLSearchParams((req.url ?? '').split('?')[1] ?? ''), dataset);
  if (!parsed.ok) return sendReply(res, errorReply(400, { parameter: parsed.parameter, message: parsed.message, unknown: parsed.unknown }));

  let answer = answers.get(parsed.key);
  if (!answer) {
    // Each chart's markup carries the ids the overview gives it (its chart id, see ChartFigure).
    const payload = withChartSvg(overviewView(dataset, parsed.filter, { sort: parsed.sort, page: parsed.page }));
    answer = answers.set(parsed.key, makeAnswer(JSON.stringify(payload), { 'Content-Type': 'application/json; charset=utf-8' }));
  }
  sendReply(res, replyWith(answer, 'data', { ifNoneMatch: req.headers['if-none-match'], head: req.method === 'HEAD' }));
}
