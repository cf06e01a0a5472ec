import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('npm run export writes every chart as PNG, SVG and CSV, with an index', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'grappes-pack-'));
  execFileSync('npx', ['tsx', 'scripts/export-pack.tsx', '--out', out, '--secteur', 'emballage,plasturgie'], { stdio: 'pipe' });
  const date = new Date().toLocaleDateString('sv-SE');
  const files = readdirSync(out).sort();
  expect(files).toEqual(
    [
      'index.md',
      ...['emplois', 'membres'].flatMap((chart) => [
        `grappes-${chart}-plasturgie-emballage-${date}.csv`,
        `grappes-${chart}-plasturgie-emballage-${date}.png`,
        `grappes-${chart}-plasturgie-emballage-${date}.svg`,
        `grappes-${chart}-plasturgie-emballage-x3-${date}.png`,
      ]),
    ].sort(),
  );
  const png = readFileSync(path.join(out, `grappes-membres-plasturgie-emballage-x3-${date}.png`));
  expect(png.readUInt32BE(16)).toBe(3600);
  const index = readFileSync(path.join(out, 'index.md'), 'utf8');
  expect(index).toContain('## Membres par grappe');
  expect(index).toContain('## Emplois par secteur');
  expect(index).toContain('Source : « Sept nouvelles « grappes d\'entreprises » », J.-M. P.');
  expect(index).toContain(`\`grappes-emplois-plasturgie-emballage-${date}.csv\``);
}, 60_000);

it('npm run export refuses an unknown sector, naming it', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'grappes-pack-'));
  let stderr = '';
  try {
    execFileSync('npx', ['tsx', 'scripts/export-pack.tsx', '--out', out, '--secteur', 'aeronautique'], { stdio: 'pipe' });
  } catch (error) {
    stderr = String((error as { stderr: Buffer }).stderr);
  }
  expect(stderr).toContain('secteur inconnu : « aeronautique »');
  expect(readdirSync(out)).toEqual([]);
}, 60_000);
