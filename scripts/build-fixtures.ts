// npm run build:fixtures: production builds of the test datasets, each in its own folder, for the
// end-to-end tests that need another dataset than the real one (hostile text, a national scale).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { syntheticDataset } from '../lib/synthetic';
import { FIXTURE_BUILDS } from '../e2e/fixture-builds';

mkdirSync('.synthetic', { recursive: true });
writeFileSync('.synthetic/grappes-1000.json', `${JSON.stringify(syntheticDataset(1000, 1), null, 2)}\n`);

for (const fixture of FIXTURE_BUILDS) {
  console.log(`\n${fixture.name} : ${fixture.dataFile} → ${fixture.distDir}`);
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, DATA_FILE: fixture.dataFile, NEXT_DIST_DIR: fixture.distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
