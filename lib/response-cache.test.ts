import { describe, expect, it } from 'vitest';
import { BoundedCache, etagOf } from './response-cache';

describe('etagOf', () => {
  it('gives a quoted tag that follows the body, text or bytes alike', () => {
    expect(etagOf('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf(Buffer.from('{"a":1}')));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });
});

describe('BoundedCache', () => {
  it('keeps the last answers made and drops the oldest past its capacity', () => {
    const cache = new BoundedCache<number>(2);
    expect(cache.set('a', 1)).toBe(1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect([cache.get('b'), cache.get('c')]).toEqual([2, 3]);
  });
});
