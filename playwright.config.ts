// End-to-end tests: the production build (built beforehand by `npm run build`) and, for the
// hydration check only, the dev server, which reports hydration mismatches in the console.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { BOUND_SERVERS, E2E_PORT_BASE, FIXTURE_BUILDS, NGINX_PROXY } from './scripts/fixture-builds';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PRODUCTION_PORT = E2E_PORT_BASE;
const DEV_PORT = E2E_PORT_BASE + 1;
const HYDRATION_SPEC = /hydration\.spec\.ts$/;
const BINDS_SPEC = /binds\.spec\.ts$/;
const NGINX_SPEC = /nginx\.spec\.ts$/;
/** Specs that run against a test dataset's own build and server: e2e/<name>.spec.ts. */
const fixtureSpec = (name: string) => new RegExp(`${name}\\.spec\\.ts$`);
const FIXTURE_SPECS = FIXTURE_BUILDS.map((fixture) => fixtureSpec(fixture.name));

const launchOptions = {
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const serverEnv = { NEXT_TELEMETRY_DISABLED: '1' };

/**
 * `E2E_SERVERS=production` starts only the main production server (for `--project=production`
 * while working on one feature: no test dataset builds, no standalone server, nginx or dev server).
 */
const ONLY_PRODUCTION = process.env.E2E_SERVERS === 'production';

/**
 * A server the tests start (and stop): `next <args>`, or a script of its own (the standalone
 * server.js), answering on `port` at `address`.
 */
function nextServer(args: string, port: number, env: Record<string, string> = {}, address = '127.0.0.1') {
  return {
    command: args.endsWith('.js') ? `node ${args}` : `node node_modules/next/dist/bin/next ${args}`,
    url: `http://${address}:${port}/`,
    reuseExistingServer: !process.env.CI,
    // The dev server compiles each page on its first request: slow on a small machine.
    timeout: 180_000,
    env: { ...serverEnv, ...env },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'fr-FR',
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'production',
      testIgnore: [HYDRATION_SPEC, BINDS_SPEC, NGINX_SPEC, ...FIXTURE_SPECS],
      use: { baseURL: `http://127.0.0.1:${PRODUCTION_PORT}` },
    },
    ...FIXTURE_BUILDS.map((fixture) => ({
      name: fixture.name,
      testMatch: fixtureSpec(fixture.name),
      use: { baseURL: `http://127.0.0.1:${fixture.port}` },
    })),
    { name: 'binds', testMatch: BINDS_SPEC },
    { name: 'nginx', testMatch: NGINX_SPEC, use: { baseURL: `http://127.0.0.1:${NGINX_PROXY.port}` } },
    {
      name: 'dev-hydration',
      testMatch: HYDRATION_SPEC,
      // The dev server compiles each page on its first request: slow on a small machine.
      timeout: 180_000,
      use: { baseURL: `http://127.0.0.1:${DEV_PORT}`, navigationTimeout: 150_000 },
    },
  ],
  webServer: ONLY_PRODUCTION
    ? [nextServer(`start -p ${PRODUCTION_PORT} -H 127.0.0.1`, PRODUCTION_PORT)]
    : [
        ...FIXTURE_BUILDS.map((fixture) =>
          nextServer(`start -p ${fixture.port}`, fixture.port, { DATA_FILE: fixture.dataFile, NEXT_DIST_DIR: fixture.distDir }),
        ),
        // Bound to one address, as behind a reverse proxy: Next.js then spells its own origin with
        // that address, which a default bind never shows (see e2e/not-found.spec.ts).
        nextServer(`start -p ${PRODUCTION_PORT} -H 127.0.0.1`, PRODUCTION_PORT),
        ...BOUND_SERVERS.map((server) => nextServer(server.command, server.port, server.env, server.address)),
        // Debian's nginx with deploy/nginx.conf in front of the standalone server: ready once the
        // page comes through it (a 502 until the server answers). SIGTERM, so that it removes its folder.
        {
          command: `node_modules/.bin/tsx scripts/nginx-proxy.ts ${NGINX_PROXY.port} ${NGINX_PROXY.upstreamPort}`,
          url: `http://127.0.0.1:${NGINX_PROXY.port}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
          stdout: 'ignore' as const,
          stderr: 'pipe' as const,
        },
        // `-H 127.0.0.1`: Next 16's dev server refuses its HMR socket and dev resources to any origin
        // but localhost and the host it is bound to; the page then never hydrates. Binding it to the
        // address the tests use makes that origin its own (and keeps it off the network).
        nextServer(`dev -p ${DEV_PORT} -H 127.0.0.1`, DEV_PORT),
      ],
});
