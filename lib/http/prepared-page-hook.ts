// Sends a shared page (prepared-pages.ts) from its prepared bytes, in front of Next.js's own sending.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSharedPage, pageReply, sharedCacheControl, varyWith, type PreparedBodies } from './prepared-pages';

type End = ServerResponse['end'];

/**
 * Next.js sends a page it keeps with one `res.end(body)` (next/dist/server/send-payload.js), and
 * compresses through the `compression` package, which replaces `res.end` on each response after
 * this hook has run. `res.end` is therefore an accessor until that first assignment: whatever is
 * put there is wrapped so that a shared page is answered here, its ETag, gzip and 304 included,
 * and anything else goes on as before. The one Next.js sees first wraps the response's own `end`,
 * so that compression's final call ends the response.
 */
export function servePreparedPages(request: IncomingMessage, response: ServerResponse, bodies: PreparedBodies): void {
  if (request.method !== 'GET') return;
  const nativeEnd = response.end;

  const inFront = (next: End): End =>
    function end(this: ServerResponse, ...args: unknown[]) {
      const [chunk] = args;
      if (typeof chunk !== 'string' || response.headersSent) return Reflect.apply(next, this, args) as ServerResponse;
      if (!isSharedPage(response.statusCode, response.getHeader('content-type'), response.getHeader('cache-control'))) {
        return Reflect.apply(next, this, args) as ServerResponse;
      }
      const reply = pageReply(bodies.prepare(chunk), {
        ifNoneMatch: request.headers['if-none-match'],
        acceptEncoding: request.headers['accept-encoding'],
      });
      response.statusCode = reply.status;
      response.setHeader('Cache-Control', sharedCacheControl(String(response.getHeader('cache-control'))));
      response.setHeader('Vary', varyWith(response.getHeader('vary'), 'Accept-Encoding'));
      if (reply.status === 304) {
        response.removeHeader('Content-Length');
        response.removeHeader('Content-Type');
      }
      for (const [name, value] of Object.entries(reply.headers)) response.setHeader(name, value);
      // Compression decides as the headers go out: an answer already encoded it leaves alone, and
      // without Accept-Encoding it encodes nothing.
      if (!reply.headers['Content-Encoding']) delete request.headers['accept-encoding'];
      return Reflect.apply(nativeEnd, this, reply.body ? [reply.body] : []) as ServerResponse;
    } as End;

  Object.defineProperty(response, 'end', {
    configurable: true,
    enumerable: true,
    get: () => inFront(nativeEnd),
    set: (next: End) => {
      Object.defineProperty(response, 'end', { configurable: true, enumerable: true, writable: true, value: inFront(next) });
    },
  });
}
