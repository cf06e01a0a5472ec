// GET /integrer.js?v=<hash>: the host page's sizing script (lib/embed/host-script.ts). The snippet
// names it with its hash, which a cache may keep for a year; any other spelling gets today's script,
// kept minutes, so that snippets pasted before a change still work.
import { makeAnswer, replyWith, toResponse } from '@/lib/http/answers';
import { withPolicy } from '@/lib/http/embed-policies';
import { HOST_SCRIPT, HOST_SCRIPT_VERSION } from '@/lib/embed/host-script';

export const dynamic = 'force-dynamic';

const SCRIPT = makeAnswer(HOST_SCRIPT, { 'Content-Type': 'text/javascript; charset=utf-8' });

export function GET(request: Request) {
  const versioned = new URL(request.url).searchParams.get('v') === HOST_SCRIPT_VERSION;
  const sent = replyWith(SCRIPT, 'data', { ifNoneMatch: request.headers.get('if-none-match'), head: request.method === 'HEAD' });
  return toResponse(withPolicy(sent, versioned ? 'versionedScript' : 'latestScript'));
}
