// What the data and export routes keep of their answers: each depends only on its normalised query,
// so it is made once, kept in a cache bounded by bytes, and sent with an ETag that a revalidation can match.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** A strong ETag for a body: the same body always gets the same tag. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The bytes a body holds, the measure of what an answer costs the cache. */
export function bodyBytes(body: string | Buffer): number {
  return typeof body === 'string' ? Buffer.byteLength(body) : body.length;
}

export type AnswerCacheOptions<V> = {
  /** The most the kept answers may weigh together, in bytes. */
  maxBytes: number;
  /** What one answer weighs. */
  sizeOf: (answer: V) => number;
};

/**
 * The answers last asked for, up to `maxBytes` together; past it, the least recently asked go. An
 * answer heavier than the whole bound is given but not kept. While an answer is being made, whoever
 * asks for the same key waits for that one making instead of starting another (`getOrMake`).
 */
export class AnswerCache<V extends object> {
  private readonly kept: LRUCache<string, V>;
  private readonly making = new Map<string, Promise<V>>();

  constructor({ maxBytes, sizeOf }: AnswerCacheOptions<V>) {
    // lru-cache wants sizes of at least 1.
    this.kept = new LRUCache<string, V>({ maxSize: maxBytes, sizeCalculation: (answer) => Math.max(1, sizeOf(answer)) });
  }

  get(key: string): V | undefined {
    return this.kept.get(key);
  }

  set(key: string, answer: V): V {
    this.kept.set(key, answer);
    return answer;
  }

  /** The kept answer, the one being made, or a new one from `make`; a failed making is not kept. */
  getOrMake(key: string, make: () => Promise<V>): Promise<V> {
    const answer = this.kept.get(key);
    if (answer) return Promise.resolve(answer);
    let pending = this.making.get(key);
    if (!pending) {
      pending = Promise.resolve()
        .then(make)
        .then((made) => this.set(key, made))
        .finally(() => this.making.delete(key));
      this.making.set(key, pending);
    }
    return pending;
  }

  /** Answers kept. */
  get size(): number {
    return this.kept.size;
  }

  /** Bytes kept, as `sizeOf` counts them. */
  get bytes(): number {
    return this.kept.calculatedSize;
  }
}
