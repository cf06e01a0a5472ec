import { describe, expect, it } from 'vitest';
import { CACHE_POLICIES, errorReply, makeAnswer, methodNotAllowedReply, replyWith, toResponse } from './answers';

const answer = makeAnswer('{"grappes":9}', { 'Content-Type': 'application/json; charset=utf-8' });

describe('replyWith', () => {
  it('sends the body with its ETag, its length and the named cache policy', () => {
    const reply = replyWith(answer, 'data', {});
    expect(reply).toEqual({
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: answer.etag, 'Cache-Control': CACHE_POLICIES.data, 'Content-Length': '13' },
      body: '{"grappes":9}',
    });
  });

  it('answers a revalidation that has the same ETag with a 304 and no body', () => {
    expect(replyWith(answer, 'file', { ifNoneMatch: answer.etag })).toMatchObject({ status: 304, body: null, headers: { 'Cache-Control': CACHE_POLICIES.file } });
    expect(replyWith(answer, 'file', { ifNoneMatch: '"autre"' }).status).toBe(200);
  });

  it('sends no body for HEAD, but says how long it is', () => {
    expect(replyWith(answer, 'data', { head: true })).toMatchObject({ status: 200, body: null, headers: { 'Content-Length': '13' } });
  });

  it('counts the bytes of a body, not its characters', () => {
    expect(replyWith(makeAnswer('Cité', {}), 'data', {}).headers['Content-Length']).toBe('5');
  });
});

describe('errors', () => {
  it('are French JSON that no cache keeps', async () => {
    const response = toResponse(errorReply(400, { parameter: 'secteur', message: 'secteur inconnu', unknown: ['spatial'] }));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: { status: 400, parameter: 'secteur', message: 'secteur inconnu', unknown: ['spatial'] } });
  });

  it('a 405 says which methods are served', () => {
    const reply = methodNotAllowedReply('DELETE');
    expect(reply.headers.Allow).toBe('GET, HEAD');
    expect(JSON.parse(String(reply.body))).toEqual({ error: { status: 405, message: 'méthode « DELETE » non permise : GET ou HEAD' } });
  });
});
