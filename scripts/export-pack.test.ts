import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('npm run export writes every chart as web and print PNGs, SVGs, PDF and CSV, with an index', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'grappes-pack-'));
  execFileSync('npx', ['tsx', 'scripts/export-pack.tsx', '--out', out, '--secteur', 'emballage,plasturgie'], { stdio: 'pipe' });
  const files = readdirSync(out).sort();
  // The report's files under the names of /export/rapport.zip, plus the other print sizes and the outlined SVG.
  expect(files).toEqual(
    [
      'index.html',
      'index.md',
      ...['emplois', 'membres'].flatMap((chart) => [
        `${chart}.csv`,
        `${chart}.png`,
        `${chart}.svg`,
        `${chart}.txt`,
        `${chart}-vectorise.svg`,
        `${chart}.pdf`,
        `${chart}-impression.png`,
        ...['1-colonne', '3-colonnes', 'a4'].map((size) => `${chart}-impression-${size}.png`),
      ]),
    ].sort(),
  );
  // Two columns: 96 mm at 300 dpi.
  const png = readFileSync(path.join(out, 'membres-impression.png'));
  expect(png.readUInt32BE(16)).toBe(1134);
  expect(readFileSync(path.join(out, 'emplois.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  const index = readFileSync(path.join(out, 'index.md'), 'utf8');
  expect(index).toContain('## Membres par grappe');
  expect(index).toContain('## Emplois par secteur');
  expect(index).toContain('Source : « Sept nouvelles « grappes d\'entreprises » », J.-M. P.');
  expect(index).toContain('`emplois.csv`');
  expect(index).toContain("Image pour l'impression (PNG, 300 dpi, 2 colonnes · 96\u00a0mm · 1\u00a0134\u00a0px) : `membres-impression.png`");
  expect(readFileSync(path.join(out, 'membres.txt'), 'utf8')).toContain('Diagramme en barres horizontales');
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
