// The real dataset served bound in each way people deploy it (every address, localhost, the
// standalone server with HOSTNAME): unknown addresses get the 404 page at once, odd methods a 405,
// and a bounded fuzz no 5xx. The main server, bound to 127.0.0.1, runs the full suite.
import { expect, test } from '@playwright/test';
import { BOUND_SERVERS } from '../scripts/fixture-builds';
import { failures, fuzzServer } from './fuzz';
import { rawRequest, sendRaw } from './raw-http';
import { dataset } from './support';

const FUZZ_REQUESTS = 300;

for (const server of BOUND_SERVERS) {
  test.describe(server.name, () => {
    test('serves the overview and a cluster page', async () => {
      const home = await sendRaw(server.port, rawRequest('GET', '/'), 15_000, server.address);
      expect(home?.status).toBe(200);
      expect(home?.body).toContain('Membres par grappe');
      const cluster = await sendRaw(server.port, rawRequest('GET', `/grappes/${dataset.clusters[1].slug}`), 15_000, server.address);
      expect(cluster?.status).toBe(200);
      expect(cluster?.body).toContain(dataset.clusters[1].name.replace(/'/g, '&#x27;'));
    });

    for (const host of [`${server.address}:${server.port}`, 'grappes.example']) {
      test(`an unknown cluster with Host: ${host} gets the French 404 page at once`, async () => {
        for (const path of ['/grappes/nexiste-pas', '/grappes/a/b']) {
          const answer = await sendRaw(server.port, rawRequest('GET', path, host), 5_000, server.address);
          expect(answer?.status, path).toBe(404);
          expect(answer?.body, path).toMatch(/<html lang="fr"/);
          expect(answer?.body, path).toContain('Page introuvable</h1>');
        }
      });
    }

    test('TRACE and PROPFIND get a 405, a fuzz no 5xx', async () => {
      for (const method of ['TRACE', 'PROPFIND']) {
        const answer = await sendRaw(server.port, rawRequest(method, '/api/grappes'), 5_000, server.address);
        expect(answer?.status, method).toBe(405);
        expect(answer?.headers.allow, method).toBe('GET, HEAD');
      }
      const sent = await fuzzServer(server.port, FUZZ_REQUESTS, server.port, server.address);
      expect(sent).toHaveLength(FUZZ_REQUESTS);
      expect(failures(sent)).toEqual([]);
    });
  });
}
