// Which HTTP methods the site answers, and the answer to every other one: the site only reads.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every route of the site (pages, data API, exports, static files) serves these and no other. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

export const ALLOW_HEADER = ALLOWED_METHODS.join(', ');

export function isAllowedMethod(method: string | undefined): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method ?? '');
}

/** What a 405 says, as the data and export routes word their other errors. */
export function methodNotAllowedMessage(method: string | undefined): string {
  const shown = (method ?? '').replace(/[^A-Z0-9_-]/gi, '').slice(0, 20);
  return `méthode ${shown ? `« ${shown} » ` : ''}non permise : ${ALLOWED_METHODS.join(' ou ')}`;
}

/** The JSON body of a 405. */
export function methodNotAllowedBody(method: string | undefined): string {
  return JSON.stringify({ error: { status: 405, message: methodNotAllowedMessage(method) } });
}

/** Answers a request whose method the site does not serve: 405 with `Allow`, never cached. */
export function refuseMethod(request: IncomingMessage, response: ServerResponse): void {
  const body = methodNotAllowedBody(request.method);
  response.writeHead(405, {
    Allow: ALLOW_HEADER,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
  // What a client sent with the refused request is not read: drain it so the socket can close cleanly.
  request.resume();
}
