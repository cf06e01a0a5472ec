// GET /api/grappes?secteur=…[&tri=…&ordre=…&page=…][&format=csv]: the overview's data for a sector
// filter, as JSON (one page of the table's rows) or CSV (every row).
import { createHash } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { clustersCsv, clustersCsvFileName } from '@/lib/clusters-csv';
import { getDataset } from '@/lib/data';
import { filterDataset, overviewView } from '@/lib/overview-view';
import { filterError, parseSectorParam, SECTOR_PARAM } from '@/lib/sector-filter';
import { parseTableParams, TABLE_PAGE_SIZE } from '@/lib/table';

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

type Rendered = { body: string; etag: string; headers: Record<string, string> };
/**
 * Responses depend only on the normalised query: computed once each. Filters, sorts and pages make
 * many possible queries at a national scale: the last ones asked are kept, in a bounded cache.
 */
const rendered = new Map<string, Rendered>();
const CACHE_ENTRIES = 500;

export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (!FORMATS.includes(format as Format)) {
    return badRequest('format', `format inconnu « ${format.slice(0, 40)} » : json ou csv`);
  }
  const dataset = getDataset();
  const raw = params.getAll(SECTOR_PARAM);
  const knownIds = dataset.sectors.map((s) => s.id);
  const filter = parseSectorParam(raw.length > 0 ? raw : undefined, knownIds);
  if (filter.status === 'invalid') {
    return badRequest(SECTOR_PARAM, filterError(filter, knownIds), filter.unknown);
  }

  const table = parseTableParams(params);
  if (table.problems.length > 0) {
    return badRequest(table.problems[0].parameter, `Tableau : ${table.problems.map((p) => p.message).join(' ; ')}.`);
  }

  // The CSV is every row of the filter, whatever page the table shows; a page past the last is the last.
  const shownCount = filterDataset(dataset, filter.sectors).clusters.length;
  const page = Math.min(table.page, Math.max(1, Math.ceil(shownCount / TABLE_PAGE_SIZE)));
  const key = format === 'csv'
    ? `csv:${filter.sectors.join(',')}`
    : `json:${filter.sectors.join(',')}:${table.sort.column}:${table.sort.direction}:${page}`;
  let response = rendered.get(key);
  if (!response) {
    response = format === 'csv'
      ? render(clustersCsv(filterDataset(dataset, filter.sectors)), {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${clustersCsvFileName(filter.sectors)}"`,
        })
      : render(JSON.stringify(overviewView(dataset, filter, { sort: table.sort, page })), {
          'Content-Type': 'application/json; charset=utf-8',
        });
    rendered.set(key, response);
    if (rendered.size > CACHE_ENTRIES) rendered.delete(rendered.keys().next().value!);
  }
  const headers = { ...response.headers, ETag: response.etag, 'Cache-Control': CACHE_CONTROL };
  if (request.headers.get('if-none-match') === response.etag) return new Response(null, { status: 304, headers });
  return new Response(response.body, { status: 200, headers });
}

function render(body: string, headers: Record<string, string>): Rendered {
  return { body, headers, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

function badRequest(parameter: string, message: string, unknown: string[] = []): Response {
  return Response.json(
    { error: { status: 400, parameter, message, unknown: unknown.map((u) => u.slice(0, 40)) } },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  );
}
