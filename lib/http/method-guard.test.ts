import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardHttpMethods } from './method-guard';

/** A request by node:http, which sends any method name as it is, TRACE included. */
function ask(port: number, method: string): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path: '/api/grappes' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, allow: response.headers.allow, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('guardHttpMethods', () => {
  const reached: string[] = [];
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    guardHttpMethods();
    guardHttpMethods(); // a second call changes nothing
    server = http.createServer((request, response) => {
      reached.push(request.method!);
      response.end('page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets GET and HEAD through to the application', async () => {
    expect(await ask(port, 'GET')).toMatchObject({ status: 200, body: 'page' });
    expect((await ask(port, 'HEAD')).status).toBe(200);
  });

  it('answers TRACE, POST, OPTIONS and PROPFIND itself with a 405 that says what is served', async () => {
    for (const method of ['TRACE', 'POST', 'OPTIONS', 'PROPFIND']) {
      const answer = await ask(port, method);
      expect(answer.status, method).toBe(405);
      expect(answer.allow, method).toBe('GET, HEAD');
      expect(JSON.parse(answer.body)).toEqual({ error: { status: 405, message: `méthode « ${method} » non permise : GET ou HEAD` } });
    }
    expect(reached).toEqual(['GET', 'HEAD']);
  });
});
