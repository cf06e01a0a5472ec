// A bounded fuzz of the production server (bound to 127.0.0.1) over loopback. No answer may be a
// 5xx, and the server must answer normally after.
import { expect, test } from '@playwright/test';
import { failures, fuzzServer } from './fuzz';

const REQUESTS = 1500;

test('malformed requests never get a 5xx, and the server answers normally afterwards', async ({ baseURL, request }) => {
  test.setTimeout(240_000);
  const sent = await fuzzServer(Number(new URL(baseURL!).port), REQUESTS);
  expect(sent).toHaveLength(REQUESTS);
  expect(failures(sent)).toEqual([]);
  const answered = sent.filter((s) => s.status !== null).length;
  // Node closes CONNECT and some malformed requests without an answer: the rest must be answered.
  expect(answered).toBeGreaterThan(REQUESTS * 0.8);

  const home = await request.get('/');
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain('Membres par grappe');
  expect((await request.get('/api/grappes?secteur=plasturgie')).status()).toBe(200);
});
