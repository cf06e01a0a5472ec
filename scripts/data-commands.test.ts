import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../lib/synthetic/generator';

const DATASET = 'data/clusters.json';
const DATASET_TEXT = readFileSync(DATASET, 'utf8');

/** Runs a data command as `npm run` does (tsx), in a child process. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_FILE: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'grappes-'));
}

describe('npm run data:export, then npm run data:import', () => {
  it('writes the sheet, and reads it back into the same dataset file, byte for byte', () => {
    const dir = tempDir();
    const sheet = path.join(dir, 'grappes.csv');
    const out = path.join(dir, 'grappes.json');
    const exported = run('export-data', [sheet]);
    expect(exported).toMatchObject({ code: 0, stdout: `${DATASET} → ${sheet} : 9 grappes, une par ligne\n` });
    expect(readFileSync(sheet, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFslug;nom;sigle;ville;zone;secteur;vague;/);

    const result = run('import-data', [sheet, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${sheet} → ${out} : 9 grappes`);
    expect(readFileSync(out, 'utf8')).toBe(DATASET_TEXT);
  });

  it('exports the dataset DATA_FILE names, and refuses to write anything but a .csv', () => {
    const dir = tempDir();
    const dataFile = path.join(dir, 'autre.json');
    writeFileSync(dataFile, DATASET_TEXT.replace('"name": "Clubtex"', '"name": "Clubtex (corrigé)"'));
    const sheet = path.join(dir, 'autre.csv');
    expect(run('export-data', [sheet], { DATA_FILE: dataFile }).code).toBe(0);
    expect(readFileSync(sheet, 'utf8')).toContain('\r\nclubtex;Clubtex (corrigé);');

    const refused = run('export-data', [path.join(dir, 'clusters.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('clusters.json: le fichier à écrire doit finir par .csv');
    expect(existsSync(path.join(dir, 'clusters.json'))).toBe(false);
  });

  it('reports an added and a removed cluster when it replaces a dataset', () => {
    const dir = tempDir();
    const sheet = path.join(dir, 'grappes.csv');
    const out = path.join(dir, 'grappes.json');
    copyFileSync(DATASET, out);
    run('export-data', [sheet]);
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('\r\nclubtex;', '\r\nclubtex-lille;'));
    const result = run('import-data', [sheet, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ajoutées : clubtex-lille\nretirées : clubtex\n');
  });
});

describe('npm run data:import on a broken sheet', () => {
  function brokenSheet(dir: string): string {
    const sheet = path.join(dir, 'grappes.csv');
    run('export-data', [sheet]);
    // Row 4 is the Club des imprimeurs artisans: "une quinzaine", 15; a letter O typed for a zero.
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace(';15;entreprises;', ';6O;entreprises;'));
    return sheet;
  }

  it('exits 1, prints the row and column, and leaves the dataset as it was', () => {
    const dir = tempDir();
    const sheet = brokenSheet(dir);
    const out = path.join(dir, 'grappes.json');
    copyFileSync(DATASET, out);
    const result = run('import-data', [sheet, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${sheet}: ligne 4, colonne membres: « 6O » n'est pas un nombre\n1 problème(s) dans ${sheet} : ${out} n'a pas été modifié\n`,
    );
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(DATASET_TEXT);
  });

  it('creates no file when the output does not exist yet', () => {
    const dir = tempDir();
    const out = path.join(dir, 'nouveau', 'grappes.json');
    const result = run('import-data', [brokenSheet(dir), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${out} n'a pas été créé`);
    expect(existsSync(out)).toBe(false);
  });

  it('does the same through npm run data:import', () => {
    const dir = tempDir();
    const sheet = brokenSheet(dir);
    const out = path.join(dir, 'grappes.json');
    copyFileSync(DATASET, out);
    const result = spawnSync('npm', ['run', '--silent', 'data:import', '--', sheet, '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${sheet}: ligne 4, colonne membres: « 6O » n'est pas un nombre\n`);
    expect(readFileSync(out, 'utf8')).toBe(DATASET_TEXT);
  });

  it('refuses a sheet that is not UTF-8, and says how to save it', () => {
    const dir = tempDir();
    const sheet = path.join(dir, 'latin1.csv');
    writeFileSync(sheet, Buffer.from('slug;nom\nclub-des-imprimeurs-artisans;Club des imprimeurs, Marcq-en-Bar\xf6ul\n', 'latin1'));
    const result = run('import-data', [sheet, '--out', path.join(dir, 'grappes.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${sheet}: le fichier n'est pas en UTF-8 : enregistrez-le au format « CSV UTF-8 »\n`);
    expect(existsSync(path.join(dir, 'grappes.json'))).toBe(false);
  });

  it('refuses to keep the other parts of a broken dataset', () => {
    const dir = tempDir();
    const sheet = path.join(dir, 'grappes.csv');
    run('export-data', [sheet]);
    const out = path.join(dir, 'grappes.json');
    writeFileSync(out, '{"source": ');
    const result = run('import-data', [sheet, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${out}: $: JSON invalide`);
    expect(result.stderr).toContain(`${out} n'est pas un jeu de données valide : ses parties hors grappes ne peuvent pas être reprises, rien n'a été écrit`);
    expect(readFileSync(out, 'utf8')).toBe('{"source": ');
  });

  it('prints its usage without a file', () => {
    const result = run('import-data', []);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('il manque le fichier CSV\nusage : npm run data:import -- <fichier.csv> [--out <fichier.json>]\n');
  });
});

describe('npm run data:synthetic', () => {
  it('writes .synthetic/grappes-<N>.json by default: the generator\'s dataset for seed 1', () => {
    const result = run('synthetic-data', ['--count', '7']);
    expect(result).toMatchObject({ code: 0, stdout: '.synthetic/grappes-7.json : 7 grappes synthétiques, 4 secteurs, graine 1\n' });
    expect(JSON.parse(readFileSync('.synthetic/grappes-7.json', 'utf8'))).toEqual(syntheticDataset(7, 1));
  });

  it('writes the same file for the same seed, another for another seed', () => {
    const dir = tempDir();
    const file = (name: string) => path.join(dir, name);
    run('synthetic-data', ['--count', '126', '--seed', '5', '--out', file('a.json')]);
    run('synthetic-data', ['--count', '126', '--seed', '5', '--out', file('b.json')]);
    run('synthetic-data', ['--count', '126', '--seed', '6', '--out', file('c.json')]);
    expect(readFileSync(file('a.json'), 'utf8')).toBe(readFileSync(file('b.json'), 'utf8'));
    expect(readFileSync(file('c.json'), 'utf8')).not.toBe(readFileSync(file('a.json'), 'utf8'));
    const validated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', file('a.json')], { encoding: 'utf8' });
    expect(validated.stdout).toContain('jeu de données valide (126 grappes, 12 secteurs)');
  });

  it.each(['data/synthetique.json', 'data/clusters.json', './data/../data/essais/grappes.json'])('refuses to write under data/: %s', (out) => {
    const result = run('synthetic-data', ['--count', '7', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${out}: un jeu synthétique ne s'écrit pas sous data/, qui ne contient que des données réelles : choisissez un autre --out\n`);
    expect(readFileSync(DATASET, 'utf8')).toBe(DATASET_TEXT);
    expect(existsSync('data/synthetique.json')).toBe(false);
    expect(existsSync('data/essais')).toBe(false);
  });

  it('does not replace a file that is not a synthetic dataset', () => {
    const out = path.join(tempDir(), 'reel.json');
    copyFileSync(DATASET, out);
    const result = run('synthetic-data', ['--count', '7', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${out}: ce fichier existe et n'est pas un jeu synthétique : il n'est pas remplacé\n`);
    expect(readFileSync(out, 'utf8')).toBe(DATASET_TEXT);
  });

  it.each([
    [[], 'il manque --count'],
    [['--count', '0'], "--count 0 : un nombre entier d'au moins 1"],
    [['--count', '12', '--seed', 'abc'], '--seed abc : un nombre entier positif'],
  ])('prints its usage for %j', (args, message) => {
    const result = run('synthetic-data', args);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${message}\nusage : npm run data:synthetic -- --count <nombre de grappes> [--seed <graine>] [--out <fichier.json>]\n`);
  });
});
