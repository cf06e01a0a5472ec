// GET /api/grappes?secteur=…[&tri=…&ordre=…&page=…][&format=csv]: the overview's data for a sector
// filter, as JSON (one page of the table's rows) or CSV (every row).
import type { NextRequest } from 'next/server';
import { getDataset } from '@/lib/data/load';
import { clustersCsv, clustersCsvFileName } from '@/lib/export/clusters-csv';
import { errorReply, makeAnswer, replyWith, toResponse, type Answer } from '@/lib/http/answers';
import { AnswerCache, bodyBytes } from '@/lib/http/response-cache';
import { parseOverviewRequest } from '@/lib/url/overview-request';
import { filterDataset, overviewView } from '@/lib/view/overview';

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Answers depend only on the canonical view: made once each. Filters, sorts and pages make many
 * possible queries at a national scale: the last ones asked are kept, up to 16 MB.
 */
const answers = new AnswerCache<Answer>({ maxBytes: 16 * 1024 * 1024, sizeOf: (answer) => bodyBytes(answer.body) });

export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  if (!FORMATS.includes(format as Format)) {
    return toResponse(errorReply(400, { parameter: 'format', message: `format inconnu « ${format.slice(0, 40)} » : json ou csv`, unknown: [] }));
  }
  const dataset = getDataset();
  const parsed = parseOverviewRequest(params, dataset);
  if (!parsed.ok) return toResponse(errorReply(400, { parameter: parsed.parameter, message: parsed.message, unknown: parsed.unknown }));
  const { filter, sort, page } = parsed;

  // The CSV is every row of the filter, whatever page the table shows.
  const key = format === 'csv' ? `csv:${filter.sectors.join(',')}` : `json:${parsed.key}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = format === 'csv'
      ? makeAnswer(clustersCsv(filterDataset(dataset, filter.sectors)), {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${clustersCsvFileName(filter.sectors)}"`,
        })
      : makeAnswer(JSON.stringify(overviewView(dataset, filter, { sort, page })), { 'Content-Type': 'application/json; charset=utf-8' });
    answers.set(key, answer);
  }
  return toResponse(replyWith(answer, 'data', { ifNoneMatch: request.headers.get('if-none-match'), head: request.method === 'HEAD' }));
}
