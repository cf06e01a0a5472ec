// A page Next.js serves from its cache is the same string on every request, yet Next.js hashes it
// for its ETag, converts it to UTF-8 and gzips it again each time: most of the server's work on a
// cached page, and all of it proportional to the page's weight. Each body is prepared once here
// (ETag, UTF-8 bytes, gzip bytes) and kept by the body itself, so a page asked again costs a lookup.
import { gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { etagOf } from './response-cache';

/** A page's body made ready to send: its tag and its bytes as they go on the wire. */
export type PreparedBody = { etag: string; identity: Buffer; gzip: Buffer };

export function prepareBody(body: string | Buffer): PreparedBody {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  return { etag: etagOf(identity), identity, gzip: gzipSync(identity, { level: 9 }) };
}

/**
 * The bodies last sent, up to `maxBytes` together. Keyed by the body string itself: V8 keeps a
 * string's hash inside it, so the same cached string is found again without reading it.
 */
export class PreparedBodies {
  private readonly kept: LRUCache<string, PreparedBody>;

  constructor(maxBytes: number) {
    this.kept = new LRUCache<string, PreparedBody>({
      maxSize: maxBytes,
      // The key (UTF-16 in memory) and both buffers.
      sizeCalculation: (prepared, body) => Math.max(1, body.length * 2 + prepared.identity.length + prepared.gzip.length),
    });
  }

  prepare(body: string): PreparedBody {
    let prepared = this.kept.get(body);
    if (!prepared) {
      prepared = prepareBody(body);
      this.kept.set(body, prepared);
    }
    return prepared;
  }
}

/** Whether an Accept-Encoding header takes gzip (or anything, `*`) with a weight above 0. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...parameters] = part.trim().split(';');
    const name = coding.trim().toLowerCase();
    if (name !== 'gzip' && name !== '*') return false;
    const weight = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return weight === undefined || Number(weight.slice(2)) > 0;
  });
}

/** Whether an If-None-Match header names this ETag (weakly compared, as RFC 9110 asks for it). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * A page is prepared when it is the same for every reader and may be kept by a shared cache: a 200
 * HTML answer whose Cache-Control has an s-maxage (Next.js's, for a page it prerendered or keeps).
 * Private answers (a notice for a mistyped filter, errors) are sent as Next.js makes them.
 */
export function isSharedPage(status: number, contentType: unknown, cacheControl: unknown): boolean {
  return (
    status === 200 &&
    typeof contentType === 'string' &&
    contentType.startsWith('text/html') &&
    typeof cacheControl === 'string' &&
    /(^|,)\s*s-maxage=\d+/.test(cacheControl) &&
    !/private|no-store|no-cache/.test(cacheControl)
  );
}

/** Next.js says `s-maxage=…` alone; a page the same for everyone says so to every cache. */
export function sharedCacheControl(cacheControl: string): string {
  return /(^|,)\s*public\b/.test(cacheControl) ? cacheControl : `public, ${cacheControl}`;
}

/** Adds a header name to a Vary list once. */
export function varyWith(vary: unknown, name: string): string {
  const names = typeof vary === 'string' && vary.trim() !== '' ? vary.split(',').map((v) => v.trim()) : [];
  return names.some((v) => v.toLowerCase() === name.toLowerCase()) ? names.join(', ') : [...names, name].join(', ');
}

export type PageReply = { status: 200 | 304; headers: Record<string, string>; body: Buffer | null };

/** What to send for a prepared page: a 304 when the reader has it, else its gzip or plain bytes. */
export function pageReply(
  prepared: PreparedBody,
  request: { ifNoneMatch?: string; acceptEncoding?: string },
): PageReply {
  if (matchesEtag(request.ifNoneMatch, prepared.etag)) return { status: 304, headers: { ETag: prepared.etag }, body: null };
  const gzip = acceptsGzip(request.acceptEncoding);
  const bytes = gzip ? prepared.gzip : prepared.identity;
  const headers: Record<string, string> = { ETag: prepared.etag, 'Content-Length': String(bytes.length) };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  return { status: 200, headers, body: bytes };
}
