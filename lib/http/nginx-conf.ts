// deploy/nginx.conf for another place: the proxy's and the app's ports, and every file it writes
// under one folder, as the end-to-end tests run it (scripts/nginx-proxy.ts) beside other servers.

export type NginxPlace = {
  /** Where nginx listens, on 127.0.0.1. */
  port: number;
  /** The app's server, on 127.0.0.1. */
  upstreamPort: number;
  /** The folder of the cache, the logs, the pid and the temporary files. */
  prefix: string;
  /** Runs as root: the workers stay root, since the prefix folder is root's only. */
  asRoot: boolean;
};

/** Replaces `from` (which must be in the text exactly once) by `to`. */
function once(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) {
    throw new Error(`deploy/nginx.conf: « ${from} » attendu une fois`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The configuration for `place`; throws when deploy/nginx.conf no longer has a line it replaces. */
export function nginxConfAt(conf: string, { port, upstreamPort, prefix, asRoot }: NginxPlace): string {
  let text = conf;
  text = once(text, 'user www-data;', asRoot ? 'user root;' : '');
  text = once(text, 'pid /run/nginx.pid;', `pid ${prefix}/nginx.pid;`);
  text = once(text, 'error_log /var/log/nginx/error.log;', 'error_log stderr;');
  text = once(text, 'access_log /var/log/nginx/access.log;', [
    `access_log ${prefix}/access.log;`,
    // nginx creates its temporary folders when it starts, by default under /var/lib/nginx.
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${prefix}/${kind};`),
  ].join('\n    '));
  text = once(text, '/var/cache/nginx/grappes', `${prefix}/cache`);
  text = once(text, 'server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`);
  text = once(text, 'listen 80;', `listen 127.0.0.1:${port};`);
  return text;
}
