// Requests written by hand on a socket: methods, Host headers and paths that HTTP clients refuse
// to send or rewrite on their way out.
import net from 'node:net';

export type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends `raw` (a whole HTTP/1.1 request) to `address`:`port` and reads the answer until the server
 * closes. `null` when the server closes without an answer, `-1` as status after `timeoutMs`.
 */
export function sendRaw(port: number, raw: string, timeoutMs = 15_000, address = '127.0.0.1'): Promise<RawAnswer | null> {
  return new Promise((resolve) => {
    const socket = net.connect(port, address);
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (answer: RawAnswer | null) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => finish({ status: -1, headers: {}, body: '' }));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => finish(parse(Buffer.concat(chunks))));
    socket.on('end', () => finish(parse(Buffer.concat(chunks))));
    // Written, not ended: a client that half-closes its side may see a slow answer dropped. The
    // request says `Connection: close`, so the server closes once it has answered.
    socket.write(raw);
  });
}

function parse(bytes: Buffer): RawAnswer | null {
  const text = bytes.toString('utf8');
  const match = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n/.exec(text);
  if (!match) return null;
  const end = text.indexOf('\r\n\r\n');
  const head = text.slice(match[0].length, end < 0 ? undefined : end);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), headers, body: end < 0 ? '' : text.slice(end + 4) };
}

/** A request with `Connection: close`, so that the answer ends with the socket. */
export function rawRequest(method: string, path: string, host = '127.0.0.1', extra: string[] = []): string {
  return `${method} ${path} HTTP/1.1\r\n${[`Host: ${host}`, 'Connection: close', ...extra].join('\r\n')}\r\n\r\n`;
}
