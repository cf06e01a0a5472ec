import { describe, expect, it } from 'vitest';
import { AnswerCache, bodyBytes, etagOf } from './response-cache';

describe('etagOf', () => {
  it('gives a quoted tag that follows the body, text or bytes alike', () => {
    expect(etagOf('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf(Buffer.from('{"a":1}')));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });
});

type Answer = { body: Buffer };
const answer = (bytes: number): Answer => ({ body: Buffer.alloc(bytes) });
const cacheOf = (maxBytes: number) => new AnswerCache<Answer>({ maxBytes, sizeOf: (a) => bodyBytes(a.body) });

describe('AnswerCache', () => {
  it('keeps answers up to its bound in bytes, dropping the least recently asked first', () => {
    const cache = cacheOf(1000);
    cache.set('a', answer(400));
    cache.set('b', answer(400));
    cache.get('a'); // asked again: now b is the least recent
    cache.set('c', answer(400));
    expect(cache.bytes).toBe(800);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body.length).toBe(400);
    expect(cache.get('c')?.body.length).toBe(400);
  });

  it('counts many small answers by their weight, not their number', () => {
    const cache = cacheOf(1000);
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, answer(10));
    expect(cache.size).toBe(100);
    cache.set('big', answer(500));
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(51);
  });

  it('gives an answer heavier than its whole bound without keeping it', async () => {
    const cache = cacheOf(1000);
    cache.set('small', answer(10));
    const made = await cache.getOrMake('huge', async () => answer(2000));
    expect(made.body.length).toBe(2000);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });

  it('makes an answer once for requests that ask for it while it is being made', async () => {
    const cache = cacheOf(1000);
    let makings = 0;
    let finish!: (a: Answer) => void;
    const make = () => {
      makings++;
      return new Promise<Answer>((resolve) => (finish = resolve));
    };
    const asked = [cache.getOrMake('x', make), cache.getOrMake('x', make), cache.getOrMake('x', make)];
    await Promise.resolve();
    finish(answer(10));
    const answers = await Promise.all(asked);
    expect(makings).toBe(1);
    expect(answers[1]).toBe(answers[0]);
    expect(await cache.getOrMake('x', make)).toBe(answers[0]);
    expect(makings).toBe(1);
  });

  it('keeps no failed making: the next request tries again', async () => {
    const cache = cacheOf(1000);
    await expect(cache.getOrMake('x', async () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    expect(cache.get('x')).toBeUndefined();
    expect((await cache.getOrMake('x', async () => answer(5))).body.length).toBe(5);
  });
});
