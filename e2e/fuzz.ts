// A bounded fuzz of a server over loopback: malformed paths, queries, encodings, methods, Host
// headers and oversized headers, sent by hand on sockets, a fixed number of them.
import { mulberry32 } from '../lib/synthetic/generator';
import { sendRaw } from './raw-http';

const CONCURRENCY = 8;

const BASES = ['/', '/grappes/', '/grappes/nord-package', '/api/grappes', '/api/apercu', '/export/membres.csv', '/export/emplois.svg', '/export/', '/api/export/membres.csv', '/_next/static/', '/icon.svg'];
const SUFFIXES = ['', '%', '%ZZ', '%00', '%E9', '%C3%28', '..%2F..%2Fetc%2Fpasswd', '/../../', '//', '\u00e9', 'ü%20x', '<script>', '"\'', 'a'.repeat(3000), '?', '#frag', ';jsessionid=1'];
const QUERIES = ['', 'secteur=', 'secteur=,', 'secteur=plasturgie', 'secteur=plasturgie&secteur=plasturgie', 'secteur=%FF%FE', `secteur=${'z'.repeat(10_000)}`, 'format=csv', 'format=xml', 'format[]=csv', 'echelle=9', 'echelle=-1', 'echelle=1e308', 'date=9999-99-99', 'grappe=../../x', '__proto__[x]=1', 'constructor=1', '%=%', '&&&', 'page=-1'];
// TRACE and PROPFIND reach the application and must get a 405; BREW and CONNECT are refused by
// Node's parser or closed without an answer.
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'BREW', 'CONNECT'];
// Behind a reverse proxy, any Host may reach the server.
const HOSTS = ['127.0.0.1', 'localhost', '[::1]', 'grappes.example', 'grappes.example:8443', '', 'a'.repeat(300)];

export type Sent = { request: string; status: number | null };

async function send(port: number, raw: string, address: string): Promise<number | null> {
  return (await sendRaw(port, raw, 15_000, address))?.status ?? null;
}

function fuzzRequest(random: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const method = pick(METHODS);
  const query = pick(QUERIES);
  const path = `${pick(BASES)}${pick(SUFFIXES)}${query ? `?${query}` : ''}`.replace(/[\r\n ]/g, '%20');
  const headers = [`Host: ${pick(HOSTS)}`, 'Connection: close'];
  const roll = random();
  if (roll < 0.05) headers.push(`X-Big: ${'h'.repeat(40_000)}`);
  else if (roll < 0.1) headers.push(`Cookie: ${'c=1; '.repeat(3000)}`);
  else if (roll < 0.15) headers.push('Accept: */*\u0000');
  else if (roll < 0.2) headers.push('If-None-Match: "x"', 'Range: bytes=99999-1');
  else if (roll < 0.25) headers.push('Next-Action: 0123456789abcdef', 'Content-Type: text/plain;charset=UTF-8');
  else if (roll < 0.3) headers.push('Content-Type: multipart/form-data; boundary=');
  const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? '{"a":' + '['.repeat(Math.floor(random() * 500)) : '';
  if (body) headers.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${method} ${path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${body}`;
}

/** Sends `count` fuzzed requests (the same ones for the same seed), 8 at a time, and what each got. */
export async function fuzzServer(port: number, count: number, seed = 20110121, address = '127.0.0.1'): Promise<Sent[]> {
  const random = mulberry32(seed);
  const raws = Array.from({ length: count }, () => fuzzRequest(random));
  const sent: Sent[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < raws.length) {
        const raw = raws[next++];
        sent.push({ request: raw.slice(0, 120), status: await send(port, raw, address) });
      }
    }),
  );
  return sent;
}

/** The requests that got a 5xx, or no answer before the time-out. */
export function failures(sent: Sent[]): Sent[] {
  return sent.filter((s) => s.status === -1 || (s.status !== null && s.status >= 500));
}
