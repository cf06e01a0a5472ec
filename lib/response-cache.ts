// What the data and export routes keep of their answers: each depends only on its normalised query,
// so it is made once, kept in a bounded cache, and sent with an ETag that a revalidation can match.
import { createHash } from 'node:crypto';

/** A strong ETag for a body: the same body always gets the same tag. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The last `capacity` answers made; past it, the oldest one made is dropped. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): V {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
