// tsx scripts/nginx-proxy.ts <port> <upstream port>: Debian's nginx with deploy/nginx.conf in front
// of a server of the app, in the foreground, its cache and logs in a temporary folder that goes
// when it stops (SIGTERM or SIGINT). The end-to-end tests start it (playwright.config.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxConfAt } from '../lib/http/nginx-conf';

const NGINX = '/usr/sbin/nginx';

const [port, upstreamPort] = process.argv.slice(2).map(Number);
if (!port || !upstreamPort) {
  console.error('usage: tsx scripts/nginx-proxy.ts <port> <upstream port>');
  process.exit(2);
}
if (!existsSync(NGINX)) {
  console.error(`${NGINX} introuvable : apt-get install nginx`);
  process.exit(1);
}

const prefix = mkdtempSync(path.join(tmpdir(), 'grappes-nginx-'));
const asRoot = process.getuid?.() === 0;
const conf = path.join(prefix, 'nginx.conf');
writeFileSync(conf, nginxConfAt(readFileSync('deploy/nginx.conf', 'utf8'), { port, upstreamPort, prefix, asRoot }));

const nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'inherit' });
const stop = () => nginx.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(signal ? 0 : (code ?? 1));
});
