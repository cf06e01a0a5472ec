// GET /api/grappes?secteur=…[&tri=…&ordre=…&page=…][&format=csv]: the overview's data for a sector
// filter, as JSON (one page of the table's rows) or CSV (every row).
import type { NextRequest } from 'next/server';
import { clustersCsv, clustersCsvFileName } from '@/lib/export/clusters-csv';
import { getDataset } from '@/lib/data/load';
import { overviewRequestKey, parseOverviewRequest } from '@/lib/url/overview-request';
import { filterDataset, overviewView } from '@/lib/view/overview';
import { AnswerCache, bodyBytes, etagOf } from '@/lib/response-cache';

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

type Rendered = { body: string; etag: string; headers: Record<string, string> };
/**
 * Responses depend only on the normalised query: computed once each. Filters, sorts and pages make
 * many possible queries at a national scale: the last ones asked are kept, up to 16 MB.
 */
const rendered = new AnswerCache<Rendered>({ maxBytes: 16 * 1024 * 1024, sizeOf: (answer) => bodyBytes(answer.body) });

export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (!FORMATS.includes(format as Format)) {
    return badRequest('format', `format inconnu « ${format.slice(0, 40)} » : json ou csv`);
  }
  const dataset = getDataset();
  const parsed = parseOverviewRequest(params, dataset);
  if (!parsed.ok) return badRequest(parsed.parameter, parsed.message, parsed.unknown);
  const { filter, sort, page } = parsed;

  // The CSV is every row of the filter, whatever page the table shows.
  const key = format === 'csv' ? `csv:${filter.sectors.join(',')}` : `json:${overviewRequestKey(parsed)}`;
  let response = rendered.get(key);
  if (!response) {
    response = format === 'csv'
      ? render(clustersCsv(filterDataset(dataset, filter.sectors)), {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${clustersCsvFileName(filter.sectors)}"`,
        })
      : render(JSON.stringify(overviewView(dataset, filter, { sort, page })), {
          'Content-Type': 'application/json; charset=utf-8',
        });
    rendered.set(key, response);
  }
  const headers = { ...response.headers, ETag: response.etag, 'Cache-Control': CACHE_CONTROL };
  if (request.headers.get('if-none-match') === response.etag) return new Response(null, { status: 304, headers });
  return new Response(response.body, { status: 200, headers });
}

function render(body: string, headers: Record<string, string>): Rendered {
  return { body, headers, etag: etagOf(body) };
}

function badRequest(parameter: string, message: string, unknown: string[] = []): Response {
  return Response.json(
    { error: { status: 400, parameter, message, unknown } },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  );
}
