// npm run data:import -- <file.csv> [--out <file.json>]: the newsroom's spreadsheet into the dataset, or every problem and nothing written.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clusterChanges } from '../lib/spreadsheet/changes';
import { formatSheetProblems } from '../lib/spreadsheet/problems';
import { spreadsheetToDataset } from '../lib/spreadsheet/read';
import { DEFAULT_DATA_FILE, readDatasetFile } from '../lib/data/load';
import type { Dataset } from '../lib/data/schema';
import { fail, writeFileAtomically } from './files';

const USAGE = 'usage : npm run data:import -- <fichier.csv> [--out <fichier.json>]';

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { csvFile, out } = options;

// The sheet holds the clusters only: the source, programme, context and sectors are kept from the
// file being replaced, or taken from the built-in dataset for a new file.
const outExists = existsSync(out);
const baseFile = outExists ? out : DEFAULT_DATA_FILE;
let base: Dataset;
try {
  base = readDatasetFile(baseFile);
} catch (error) {
  fail(`${(error as Error).message}\n${baseFile} n'est pas un jeu de données valide : ses parties hors grappes ne peuvent pas être reprises, rien n'a été écrit`);
}

let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(csvFile));
} catch (error) {
  fail(
    error instanceof TypeError
      ? `${csvFile}: le fichier n'est pas en UTF-8 : enregistrez-le au format « CSV UTF-8 »`
      : `${csvFile}: fichier illisible : ${(error as Error).message}`,
  );
}

const result = spreadsheetToDataset(text, base);
if (!result.ok) {
  console.error(formatSheetProblems(csvFile, result.problems));
  fail(`${result.problems.length} problème(s) dans ${csvFile} : ${out} n'a pas été ${outExists ? 'modifié' : 'créé'}`);
}

writeFileAtomically(out, `${JSON.stringify(result.dataset, null, 2)}\n`);
const { clusters, sectors } = result.dataset;
console.log(`${csvFile} → ${out} : ${clusters.length} grappes (source, programme, contexte et ${sectors.length} secteurs repris de ${baseFile})`);
if (outExists) {
  const { added, removed } = clusterChanges(base, result.dataset);
  if (added.length > 0) console.log(`ajoutées : ${added.join(', ')}`);
  if (removed.length > 0) console.log(`retirées : ${removed.join(', ')}`);
}

function readOptions() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'il manque le fichier CSV' : `un seul fichier CSV à la fois, pas ${positionals.length}`);
  return { csvFile: positionals[0], out: values.out ?? process.env.DATA_FILE ?? DEFAULT_DATA_FILE };
}
