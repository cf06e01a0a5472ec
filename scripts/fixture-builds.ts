// The test datasets that get a production build and a server of their own (see scripts/build-fixtures.ts),
// and the servers that serve the real dataset bound in other ways than the main one.
export type FixtureBuild = { name: string; dataFile: string; distDir: string; port: number };

/**
 * The first of the nine ports the end-to-end servers take (3100 to 3108 by default);
 * `E2E_PORT_BASE` moves them all, so that two checkouts can run their tests side by side.
 */
export const E2E_PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100);
const port = (offset: number) => E2E_PORT_BASE + offset;

export const FIXTURE_BUILDS: FixtureBuild[] = [
  { name: 'hostile', dataFile: 'e2e/fixtures/hostile.json', distDir: '.next-hostile', port: port(2) },
  { name: 'scale', dataFile: '.synthetic/grappes-1000.json', distDir: '.next-scale', port: port(3) },
];

/** The self-contained server folder (`output: 'standalone'`) of the real dataset, built for the tests. */
export const STANDALONE_DIST_DIR = '.next-standalone';

/**
 * The real dataset served as people deploy it: `next start` on every address (the default),
 * bound to `localhost`, and the standalone server bound by `HOSTNAME`. The main test server is
 * bound to 127.0.0.1 (playwright.config.ts).
 */
export type BoundServer = { name: string; port: number; address: string; command: string; env: Record<string, string> };

export const BOUND_SERVERS: BoundServer[] = [
  { name: 'next start (every address)', port: port(4), address: '127.0.0.1', command: `start -p ${port(4)}`, env: {} },
  { name: 'next start -H localhost', port: port(5), address: 'localhost', command: `start -p ${port(5)} -H localhost`, env: {} },
  {
    name: 'standalone server.js, HOSTNAME=127.0.0.1',
    port: port(6),
    address: '127.0.0.1',
    command: `${STANDALONE_DIST_DIR}/standalone/server.js`,
    env: { PORT: String(port(6)), HOSTNAME: '127.0.0.1' },
  },
];

/** deploy/nginx.conf in front of the standalone server, as the README deploys it (e2e/nginx.spec.ts). */
export const NGINX_PROXY = { port: port(7), upstreamPort: BOUND_SERVERS[2].port };

/**
 * The newspaper's page of e2e/embed.spec.ts, at another origin than the site's: the spec serves it
 * itself (e2e/host-page.ts), with the snippets the menu gives.
 */
export const HOST_PAGE_PORT = port(8);
