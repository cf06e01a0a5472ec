// GET /export/<chart>.<format>: a chart as PNG, SVG, PDF, CSV or its text alternative (TXT), rendered on the server from its URL.
// A Pages Router route (behind a rewrite, see next.config.js): App Router route handlers may not
// import react-dom/server, which draws the chart with the page's own component.
import type { NextApiRequest, NextApiResponse } from 'next';
import { renderChartMarkup } from '@/components/charts/chart-markup';
import { getDataset } from '@/lib/data/load';
import { produceExport } from '@/lib/export/produce';
import { RenderQueueFullError } from '@/lib/export/render-pool';
import { exportFileName, parseExportRequest } from '@/lib/export/request';
import { errorReply, makeAnswer, methodNotAllowedReply, replyWith, sendReply, type Answer } from '@/lib/http/answers';
import { isAllowedMethod } from '@/lib/http/methods';
import { AnswerCache } from '@/lib/http/response-cache';

/**
 * A file depends only on its URL: the last ones asked are kept, up to 64 MB (a print PNG weighs
 * about 1 MB, a web PNG or a PDF a tenth of that). A burst of requests for one new URL draws it once.
 */
const cache = new AnswerCache<Answer>({ maxBytes: 64 * 1024 * 1024, sizeOf: (file) => file.body.length });
/** Seconds after which a client turned away by a full render queue may ask again. */
const RETRY_AFTER_SECONDS = 5;

export const config = { api: { responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (!isAllowedMethod(req.method)) return sendReply(res, methodNotAllowedReply(req.method));
  const dataset = getDataset();
  const { file, ...query } = req.query;
  const parsed = parseExportRequest(String(file), query, {
    sectorIds: dataset.sectors.map((s) => s.id),
    clusterSlugs: dataset.clusters.map((c) => c.slug),
  });
  if (!parsed.ok) return sendReply(res, errorReply(parsed.status, { message: parsed.message }));

  // The file name says everything the file depends on, the date included (today's when the URL has none).
  const key = `${exportFileName(parsed.request)}|${parsed.request.scale}`;
  let made: Answer;
  try {
    made = await cache.getOrMake(key, async () => {
      const produced = await produceExport(dataset, parsed.request, renderChartMarkup);
      const disposition = parsed.request.format === 'csv' || parsed.request.format === 'txt' ? 'attachment' : 'inline';
      return makeAnswer(produced.body, {
        'Content-Type': produced.contentType,
        'Content-Disposition': `${disposition}; filename="${produced.fileName}"`,
      });
    });
  } catch (error) {
    if (!(error instanceof RenderQueueFullError)) throw error;
    // Every render thread is busy and the queue is full: better a quick "come back" than a wait
    // that grows with the queue and holds the request's memory meanwhile.
    const message = `trop de fichiers en cours de dessin : réessayez dans ${RETRY_AFTER_SECONDS} secondes`;
    return sendReply(res, errorReply(503, { message }, { 'Retry-After': String(RETRY_AFTER_SECONDS) }));
  }
  const policy = query.date === undefined ? 'fileOfToday' : 'file';
  sendReply(res, replyWith(made, policy, { ifNoneMatch: req.headers['if-none-match'], head: req.method === 'HEAD' }));
}
