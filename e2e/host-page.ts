// A newspaper's page at another origin than the site's (127.0.0.1 on a port of its own), serving
// whatever article a spec gives it: the embeds' snippets as a CMS would print them.
import { createServer, type Server } from 'node:http';

export type HostPage = { url: (path: string) => string; publish: (path: string, body: string) => void; close: () => Promise<void> };

export async function startHostPage(port: number): Promise<HostPage> {
  const articles = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const body = articles.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(body ?? 'introuvable');
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    publish: (path, body) => articles.set(path, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Article</title></head><body style="margin:0 auto;max-width:100%;font-family:serif">${body}</body></html>`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
