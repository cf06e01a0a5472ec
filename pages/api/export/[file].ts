// GET /export/<chart>.<format>: a chart as PNG, SVG, PDF or CSV, rendered on the server from its URL.
// A Pages Router route (behind a rewrite, see next.config.js): App Router route handlers may not
// import react-dom/server, which draws the chart with the page's own component.
import type { NextApiRequest, NextApiResponse } from 'next';
import { renderChartMarkup } from '@/components/charts/chart-markup';
import { getDataset } from '@/lib/data/load';
import { produceExport, type ExportFile } from '@/lib/export/produce';
import { RenderQueueFullError } from '@/lib/export/render-pool';
import { exportFileName, parseExportRequest } from '@/lib/export/request';
import { AnswerCache, etagOf } from '@/lib/response-cache';

type Cached = ExportFile & { etag: string };
/**
 * A file depends only on its URL: the last ones asked are kept, up to 64 MB (a print PNG weighs
 * about 1 MB, a web PNG or a PDF a tenth of that). A burst of requests for one new URL draws it once.
 */
const cache = new AnswerCache<Cached>({ maxBytes: 64 * 1024 * 1024, sizeOf: (file) => file.body.length });
/** Seconds after which a client turned away by a full render queue may ask again. */
const RETRY_AFTER_SECONDS = 5;

export const config = { api: { responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return res.status(405).json({ error: { status: 405, message: 'méthode non permise : GET ou HEAD' } });
  }
  const dataset = getDataset();
  const { file, ...query } = req.query;
  const parsed = parseExportRequest(String(file), query, {
    sectorIds: dataset.sectors.map((s) => s.id),
    clusterSlugs: dataset.clusters.map((c) => c.slug),
  });
  if (!parsed.ok) {
    res.setHeader('Cache-Control', 'no-store');
    return res.status(parsed.status).json({ error: { status: parsed.status, message: parsed.message } });
  }

  const key = `${exportFileName(parsed.request)}|${parsed.request.scale}`;
  let made: Cached;
  try {
    made = await cache.getOrMake(key, async () => {
      const produced = await produceExport(dataset, parsed.request, renderChartMarkup);
      return { ...produced, etag: etagOf(produced.body) };
    });
  } catch (error) {
    if (!(error instanceof RenderQueueFullError)) throw error;
    // Every render thread is busy and the queue is full: better a quick "come back" than a wait
    // that grows with the queue and holds the request's memory meanwhile.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return res.status(503).json({
      error: { status: 503, message: `trop de fichiers en cours de dessin : réessayez dans ${RETRY_AFTER_SECONDS} secondes` },
    });
  }

  const disposition = parsed.request.format === 'csv' ? 'attachment' : 'inline';
  res.setHeader('Content-Type', made.contentType);
  res.setHeader('Content-Disposition', `${disposition}; filename="${made.fileName}"`);
  res.setHeader('Cache-Control', 'public, max-age=86400, stale-while-revalidate=604800');
  res.setHeader('ETag', made.etag);
  if (req.headers['if-none-match'] === made.etag) return res.status(304).end();
  res.setHeader('Content-Length', made.body.length);
  // res.end, not res.send: send() would turn the Buffer into JSON and hash that for an ETag of its
  // own, about 10 ms for a web PNG, on every request, cached or not. The ETag is already set.
  res.status(200);
  return req.method === 'HEAD' ? res.end() : res.end(made.body);
}
