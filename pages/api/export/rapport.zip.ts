// GET /export/rapport.zip?secteur=…|grappe=…&date=…: every chart of a view in every format, its text
// alternative and an index, in one ZIP (lib/export/report.ts lists the files). Beside [file].ts, which
// draws one file; a static route, so it is matched before it.
import type { NextApiRequest, NextApiResponse } from 'next';
import { renderChartMarkup } from '@/components/charts/chart-markup';
import { getDataset } from '@/lib/data/load';
import { reportZipName } from '@/lib/export/report';
import { parseReportRequest } from '@/lib/export/report-request';
import { produceReport, zipReport } from '@/lib/export/report-zip';
import { RenderQueueFullError } from '@/lib/export/render-pool';
import { errorReply, makeAnswer, methodNotAllowedReply, replyWith, sendReply, type Answer } from '@/lib/http/answers';
import { isAllowedMethod } from '@/lib/http/methods';
import { AnswerCache } from '@/lib/http/response-cache';

/** A report weighs about 1 MB: the last thirty or so are kept, each made once for a burst of the same URL. */
const cache = new AnswerCache<Answer>({ maxBytes: 32 * 1024 * 1024, sizeOf: (file) => file.body.length });
const RETRY_AFTER_SECONDS = 5;

export const config = { api: { responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (!isAllowedMethod(req.method)) return sendReply(res, methodNotAllowedReply(req.method));
  const dataset = getDataset();
  const parsed = parseReportRequest(req.query, { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) });
  if (!parsed.ok) return sendReply(res, errorReply(parsed.status, { message: parsed.message }));

  const { view } = parsed;
  let made: Answer;
  try {
    made = await cache.getOrMake(reportZipName(view), async () => {
      const zip = zipReport(await produceReport(dataset, view, renderChartMarkup), view.date);
      return makeAnswer(zip, { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${reportZipName(view)}"` });
    });
  } catch (error) {
    if (!(error instanceof RenderQueueFullError)) throw error;
    const message = `trop de fichiers en cours de dessin : réessayez dans ${RETRY_AFTER_SECONDS} secondes`;
    return sendReply(res, errorReply(503, { message }, { 'Retry-After': String(RETRY_AFTER_SECONDS) }));
  }
  sendReply(res, replyWith(made, parsed.dated ? 'file' : 'fileOfToday', { ifNoneMatch: req.headers['if-none-match'], head: req.method === 'HEAD' }));
}
