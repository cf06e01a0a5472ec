// The test datasets that get a production build and a server of their own (see scripts/build-fixtures.ts),
// and the servers that serve the real dataset bound in other ways than the main one.
export type FixtureBuild = { name: string; dataFile: string; distDir: string; port: number };

export const FIXTURE_BUILDS: FixtureBuild[] = [
  { name: 'hostile', dataFile: 'e2e/fixtures/hostile.json', distDir: '.next-hostile', port: 3102 },
  { name: 'scale', dataFile: '.synthetic/grappes-1000.json', distDir: '.next-scale', port: 3103 },
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
  { name: 'next start (every address)', port: 3104, address: '127.0.0.1', command: 'start -p 3104', env: {} },
  { name: 'next start -H localhost', port: 3105, address: 'localhost', command: 'start -p 3105 -H localhost', env: {} },
  {
    name: 'standalone server.js, HOSTNAME=127.0.0.1',
    port: 3106,
    address: '127.0.0.1',
    command: `${STANDALONE_DIST_DIR}/standalone/server.js`,
    env: { PORT: '3106', HOSTNAME: '127.0.0.1' },
  },
];
