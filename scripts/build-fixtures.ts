// npm run build:fixtures: production builds of the test datasets, each in its own folder, for the
// end-to-end tests that need another dataset than the real one (hostile text, a national scale),
// and the standalone server folder of the real dataset.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticDataset } from '../lib/synthetic/generator';
import { FIXTURE_BUILDS, STANDALONE_DIST_DIR } from './fixture-builds';

function nextBuild(label: string, env: Record<string, string>) {
  console.log(`\n${label}`);
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

mkdirSync('.synthetic', { recursive: true });
writeFileSync('.synthetic/grappes-1000.json', `${JSON.stringify(syntheticDataset(1000, 1), null, 2)}\n`);

for (const fixture of FIXTURE_BUILDS) {
  nextBuild(`${fixture.name} : ${fixture.dataFile} → ${fixture.distDir}`, { DATA_FILE: fixture.dataFile, NEXT_DIST_DIR: fixture.distDir });
}

nextBuild(`standalone : data/clusters.json → ${STANDALONE_DIST_DIR}/standalone`, { NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: STANDALONE_DIST_DIR });
// As npm run build:standalone does: server.js serves the static files from its own folder.
cpSync(path.join(STANDALONE_DIST_DIR, 'static'), path.join(STANDALONE_DIST_DIR, 'standalone', STANDALONE_DIST_DIR, 'static'), { recursive: true });
