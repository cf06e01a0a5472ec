// Broken datasets stop data:validate and the build, with a message naming the file, the JSON path and the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const valid = readFileSync('data/clusters.json', 'utf8');
const folder = mkdtempSync(path.join(tmpdir(), 'grappes-casse-'));

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases break the data in ways its type forbids */
type Change = ((data: any) => void) | string;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The real dataset with one change made to it, written to a file of its own. */
function brokenFile(name: string, change: Change): string {
  const file = path.join(folder, `${name}.json`);
  if (typeof change === 'string') {
    writeFileSync(file, change);
  } else {
    const data = JSON.parse(valid);
    change(data);
    writeFileSync(file, JSON.stringify(data));
  }
  return file;
}

/**
 * One line per rule of data/README.md's "Jeux de données refusés". Each runs data:validate and
 * `npm run build`, which stops at data:validate (about a second each). `next build` itself, some
 * 40 s, runs once, below, on a file that breaks two rules (a negative count, a misspelled key):
 * the pages read the dataset through the same validateDatasetText as data:validate, so one build
 * shows that its messages reach the build, without a build per rule.
 */
const CASES: Array<[string, Change, string]> = [
  ['json-invalide', '{"clusters": [', '$: JSON invalide'],
  ['vide', '', '$: le fichier est vide'],
  ['champ-manquant', (d) => delete d.clusters[2].name, 'clusters[2].name: '],
  ['mauvais-type', (d) => (d.clusters[0].wave = 'deux'), 'clusters[0].wave: '],
  ['slug-en-double', (d) => (d.clusters[4].slug = 'nord-package'), 'clusters[5].slug: « nord-package » est déjà utilisé par clusters[4]'],
  ['secteur-inconnu', (d) => (d.clusters[1].sectorId = 'spatial'), "clusters[1].sectorId: le secteur « spatial » n'existe pas dans sectors"],
  ['nombre-negatif', (d) => (d.clusters[5].members.value = -11), 'clusters[5].members.value: ne doit pas être négatif'],
  ['chiffre-absent-de-sa-citation', (d) => (d.clusters[0].employment.quote = 'une filière régionale'), 'clusters[0].employment.quote: la citation ne contient pas le chiffre « 11 500 »'],
  [
    'cle-mal-orthographiee',
    (d) => {
      d.clusters[1].employment.cavaet = d.clusters[1].employment.caveat;
      delete d.clusters[1].employment.caveat;
    },
    'clusters[1].employment: clé inconnue « cavaet » : vouliez-vous dire « caveat » ?',
  ],
  [
    'chiffre-dans-un-nombre-plus-grand',
    (d) => Object.assign(d.clusters[0].employment, { value: 1500, asWritten: '1 500', quote: 'rassemblant 11 500 emplois' }),
    'clusters[0].employment.quote: la citation ne contient « 1 500 » que dans « 11 500 » : le chiffre doit y figurer seul, pas dans un nombre ou un mot plus long',
  ],
  [
    'citation-reduite-au-chiffre',
    (d) => (d.clusters[0].members.quote = '60'),
    "clusters[0].members.quote: la citation n'a aucun mot (de trois lettres ou plus) en dehors du chiffre « 60 » : elle doit dire, dans les mots de l'article, ce qu'il compte",
  ],
  ['date-impossible', (d) => (d.source.printedDate = '2011-02-30'), "source.printedDate: « 2011-02-30 » n'est pas une date du calendrier : février 2011 n'a que 28 jours"],
  ['date-hors-limites', (d) => (d.programme.secondWaveAnnouncedOn = '2101-01-21'), 'programme.secondWaveAnnouncedOn: « 2101-01-21 » hors limites : une date du 1er janvier 2009 au 31 décembre 2030'],
  ['description-de-1-mo', (d) => (d.clusters[2].description = 'x'.repeat(1_048_576)), 'clusters[2].description: trop long : 1\u00a0048\u00a0576 caractères, au plus 2\u00a0000 pour une description ou une note'],
  ['slug-trop-long', (d) => (d.clusters[0].slug = 'a'.repeat(400)), 'clusters[0].slug: trop long : 400 caractères, au plus 80 pour un identifiant'],
  ['caractere-de-controle', (d) => (d.clusters[1].employment.caveat = '\u001b[2JLecture probable'), 'clusters[1].employment.caveat: caractère de contrôle U+001B interdit (échappement, position 1)'],
  ['caractere-bidi', (d) => (d.clusters[0].name = 'Action \u202EPlasturgie'), 'clusters[0].name: caractère de contrôle bidirectionnel U+202E interdit (forçage de droite à gauche, position 8)'],
];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe.each(CASES)('a dataset with %s', (name, change, problem) => {
  const file = brokenFile(name, change);

  it('fails npm run data:validate, naming the file, the path and the reason', () => {
    const result = run('npx', ['tsx', 'scripts/validate-data.ts', file]);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${file}: ${problem}`);
  });

  it('stops npm run build before anything is built, with the same message', () => {
    const result = run('npm', ['run', 'build'], { DATA_FILE: file, NEXT_DIST_DIR: `.next-test-${name}` });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file}: ${problem}`);
    expect(result.output).not.toContain('Creating an optimized production build');
  });
});

it('stops next build itself (without the validation step) with the same messages, leaving no site', () => {
  const file = brokenFile('next-build', (d) => {
    d.clusters[0].members.value = -60;
    d.clusters[1].employment.cavaet = d.clusters[1].employment.caveat;
  });
  const distDir = '.next-test-direct';
  const result = run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { DATA_FILE: file, NEXT_DIST_DIR: distDir });
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(`${file}: clusters[0].members.value: ne doit pas être négatif`);
  expect(result.output).toContain(`${file}: clusters[1].employment: clé inconnue « cavaet » : vouliez-vous dire « caveat » ?`);
  expect(existsSync(path.join(distDir, 'BUILD_ID'))).toBe(false);
  rmSync(distDir, { recursive: true, force: true });
}, 180_000);
