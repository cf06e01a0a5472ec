// npm run data:synthetic -- --count N [--seed S] [--out <file>]: an invented dataset for benchmarks and tests, never under data/.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticDataset } from '../lib/synthetic/generator';
import { fail, writeFileAtomically } from './files';

const USAGE = 'usage : npm run data:synthetic -- --count <nombre de grappes> [--seed <graine>] [--out <fichier.json>]';
const ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_SEED = 1;

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { count, seed, out } = options;

// data/ holds what the app publishes: an invented dataset there could be served or committed as real.
if (isInside(realPath(out), realPath(path.join(ROOT, 'data')))) {
  fail(`${out}: un jeu synthétique ne s'écrit pas sous data/, qui ne contient que des données réelles : choisissez un autre --out`);
}
if (existsSync(out) && !isSyntheticFile(out)) {
  fail(`${out}: ce fichier existe et n'est pas un jeu synthétique : il n'est pas remplacé`);
}

const dataset = syntheticDataset(count, seed);
writeFileAtomically(out, `${JSON.stringify(dataset, null, 2)}\n`);
console.log(`${out} : ${count} grappes synthétiques, ${dataset.sectors.length} secteurs, graine ${seed}`);

function readOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length > 0) throw new Error(`argument inattendu : ${positionals[0]}`);
  if (values.count === undefined || !/^[1-9]\d*$/.test(values.count)) {
    throw new Error(values.count === undefined ? 'il manque --count' : `--count ${values.count} : un nombre entier d'au moins 1`);
  }
  if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new Error(`--seed ${values.seed} : un nombre entier positif`);
  const count = Number(values.count);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const name = seed === DEFAULT_SEED ? `grappes-${count}.json` : `grappes-${count}-graine-${seed}.json`;
  return { count, seed, out: values.out ?? path.join(path.relative(process.cwd(), ROOT) || '.', '.synthetic', name) };
}

/** The path with symbolic links resolved, for the part of it that exists already. */
function realPath(file: string): string {
  let existing = path.resolve(file);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isSyntheticFile(file: string): boolean {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))?.source?.synthetic === true;
  } catch {
    return false;
  }
}
