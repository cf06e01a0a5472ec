// How the routes answer, App Router and Pages Router alike: an answer made once with its ETag, sent
// as a 200 or a 304 under a named cache policy; errors as French JSON that no cache keeps.
import type { ServerResponse } from 'node:http';
import { ALLOW_HEADER, methodNotAllowedMessage } from './methods';
import { etagOf } from './response-cache';

/** What a shared cache (CDN, reverse proxy) and a browser may keep, by kind of answer. */
export const CACHE_POLICIES = {
  /**
   * The data APIs: a view changes only with a new dataset, and a revalidation costs a 304. A shared
   * cache keeps it an hour (a deployment purges it), a browser five minutes.
   */
  data: 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
  /**
   * A dated export: its file depends only on its URL and the dataset, so a shared cache (CDN,
   * reverse proxy) keeps it a year, until the next deployment purges it; a browser a day.
   */
  file: 'public, max-age=86400, s-maxage=31536000, stale-while-revalidate=604800',
  /**
   * An export asked without a date, dated today on the server: the same URL gives another file
   * tomorrow, so a cache keeps it but asks again each time (a 304 while the day lasts).
   */
  fileOfToday: 'public, no-cache',
  /** Errors and refusals: never kept. */
  none: 'no-store',
} as const;

export type CachePolicy = keyof typeof CACHE_POLICIES;

/** An answer made once and kept: its body, the headers that describe it, and its ETag. */
export type Answer = { body: string | Buffer; headers: Record<string, string>; etag: string };

export function makeAnswer(body: string | Buffer, headers: Record<string, string>): Answer {
  return { body, headers, etag: etagOf(body) };
}

/** What to send: status, headers and body (null for a 304 or a HEAD). */
export type Reply = { status: number; headers: Record<string, string>; body: string | Buffer | null };

/** A kept answer for one request: 304 when the client already has it, else 200 (no body for HEAD). */
export function replyWith(answer: Answer, policy: CachePolicy, request: { ifNoneMatch?: string | null; head?: boolean }): Reply {
  const headers = { ...answer.headers, ETag: answer.etag, 'Cache-Control': CACHE_POLICIES[policy] };
  if (request.ifNoneMatch === answer.etag) return { status: 304, headers, body: null };
  const length = typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.length;
  return { status: 200, headers: { ...headers, 'Content-Length': String(length) }, body: request.head ? null : answer.body };
}

export type RouteError = { message: string; parameter?: string; unknown?: string[] };

/** A refusal as JSON, `{ error: { status, message, … } }`, never cached. */
export function errorReply(status: 400 | 404 | 405 | 501 | 503, error: RouteError, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_POLICIES.none, ...headers },
    body: JSON.stringify({ error: { status, ...error } }),
  };
}

/** For App Router route handlers. */
export function toResponse(reply: Reply): Response {
  const body = typeof reply.body === 'string' || reply.body === null ? reply.body : new Uint8Array(reply.body);
  return new Response(body, { status: reply.status, headers: reply.headers });
}

/**
 * For Pages Router API routes. res.end, not res.send: send() would turn a Buffer into JSON and hash
 * it for an ETag of its own, about 10 ms for a web PNG, on every request.
 */
export function sendReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body ?? undefined);
}

/**
 * The 405 of a route, for a method the production server's guard (method-guard.ts) did not already
 * refuse: the dev server runs without it.
 */
export function methodNotAllowedReply(method: string | undefined): Reply {
  return errorReply(405, { message: methodNotAllowedMessage(method) }, { Allow: ALLOW_HEADER });
}
