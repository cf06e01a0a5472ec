// GET /export/<chart>.<format>: a chart as PNG, SVG, PDF or CSV, rendered on the server from its URL.
// A Pages Router route (behind a rewrite, see next.config.js): App Router route handlers may not
// import react-dom/server, which draws the chart with the page's own component.
import type { NextApiRequest, NextApiResponse } from 'next';
import { renderChartMarkup } from '@/components/charts/chart-markup';
import { getDataset } from '@/lib/data/load';
import { produceExport, type ExportFile } from '@/lib/export/produce';
import { exportFileName, parseExportRequest } from '@/lib/export/request';
import { BoundedCache, etagOf } from '@/lib/response-cache';

type Cached = ExportFile & { etag: string };
/** A file depends only on its URL: the last ones made are kept, in a bounded cache. */
const cache = new BoundedCache<Cached>(64);

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
  let made = cache.get(key);
  if (!made) {
    const produced = await produceExport(dataset, parsed.request, renderChartMarkup);
    made = cache.set(key, { ...produced, etag: etagOf(produced.body) });
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
