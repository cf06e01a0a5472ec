// GET /oembed?url=…&maxwidth=…&maxheight=…&format=json: the snippet that frames a page's chart (lib/embed/oembed.ts).
import { getDataset } from '@/lib/data/load';
import { oembedReply } from '@/lib/embed/oembed';
import { thumbnailHeight } from '@/lib/embed/thumbnail';
import { errorReply, makeAnswer, replyWith, toResponse } from '@/lib/http/answers';
import { withPolicy } from '@/lib/http/embed-policies';
import { siteUrl } from '@/lib/url/site-url';

// Read per request: the answer depends on the query, and caches in front keep it (Cache-Control).
export const dynamic = 'force-dynamic';

/**
 * The origin the request was sent to, as its Host header says: Next.js spells a loopback server's
 * own origin `localhost` in `request.url`, whatever address it was asked by.
 */
function requestOrigin(request: Request, url: URL): string {
  const host = request.headers.get('host');
  return host ? `${url.protocol}//${host}` : url.origin;
}

export function GET(request: Request) {
  const url = new URL(request.url);
  const dataset = getDataset();
  const reply = oembedReply(url.searchParams, {
    dataset,
    siteUrl: siteUrl(),
    requestOrigin: requestOrigin(request, url),
    thumbnailHeight: (spec) => thumbnailHeight(dataset, spec),
  });
  if (reply.status !== 200) return toResponse(errorReply(reply.status, { message: reply.message }));
  const answer = makeAnswer(JSON.stringify(reply.answer), { 'Content-Type': 'application/json; charset=utf-8' });
  const sent = replyWith(answer, 'data', { ifNoneMatch: request.headers.get('if-none-match'), head: request.method === 'HEAD' });
  return toResponse(withPolicy(sent, 'oembed'));
}
