// The site only reads: every route kind answers GET and HEAD, and any other method gets a 405 that
// says which ones it serves (or a 400 for a method name Node's HTTP parser refuses), never a 5xx.
import { expect, test } from '@playwright/test';
import { rawRequest, sendRaw } from './raw-http';
import { dataset } from './support';

const ROUTE_KINDS: Array<[string, string]> = [
  ['the overview of a view, rendered once and kept', '/?secteur=plasturgie'],
  ['the overview with a notice, rendered per request', '/?secteur=inconnu'],
  ['a cluster page, prerendered', `/grappes/${dataset.clusters[0].slug}`],
  ['an unknown cluster', '/grappes/nexiste-pas'],
  ['an unknown address', '/nimporte-quoi'],
  ['the data API (App Router route)', '/api/grappes'],
  ['the data API as CSV', '/api/grappes?format=csv'],
  ['the overview API (Pages Router route)', '/api/apercu'],
  ['an export (rewritten to a Pages Router route)', '/export/membres.csv'],
  ['the site icon', '/icon.svg'],
  ['a framework file', '/_next/static/chunks/inexistant.js'],
];

const REFUSED = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK'];

for (const [kind, path] of ROUTE_KINDS) {
  test(`${kind} (${path}): GET and HEAD answer, every other method gets 405 with Allow`, async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port);
    const get = await sendRaw(port, rawRequest('GET', path));
    expect(get?.status, `GET ${path}`).toBeLessThan(500);
    const head = await sendRaw(port, rawRequest('HEAD', path));
    expect(head?.status, `HEAD ${path}`).toBe(get?.status);
    expect(head?.body, `HEAD ${path} has no body`).toBe('');

    for (const method of REFUSED) {
      const answer = await sendRaw(port, rawRequest(method, path));
      expect(answer?.status, `${method} ${path}`).toBe(405);
      expect(answer?.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
      expect(answer?.headers['cache-control'], `${method} ${path}`).toBe('no-store');
      expect(JSON.parse(answer!.body).error.message).toBe(`méthode « ${method} » non permise : GET ou HEAD`);
    }
    // A method name Node's parser does not know never reaches the application.
    expect((await sendRaw(port, rawRequest('BREW', path)))?.status, `BREW ${path}`).toBe(400);
  });
}

test('a refused method with a body is answered, and the server goes on answering', async ({ baseURL, request }) => {
  const port = Number(new URL(baseURL!).port);
  const body = '{"a":1}'.repeat(2000);
  const answer = await sendRaw(port, rawRequest('POST', '/', '127.0.0.1', ['Content-Type: application/json', `Content-Length: ${body.length}`]) + body);
  expect(answer?.status).toBe(405);
  expect((await request.get('/')).status()).toBe(200);
});
