// npm run data:export -- <file.csv>: the dataset (DATA_FILE or data/clusters.json) as the newsroom's spreadsheet.
import { parseArgs } from 'node:util';
import { datasetToSpreadsheet } from '../lib/spreadsheet/write';
import { DEFAULT_DATA_FILE, readDatasetFile } from '../lib/data/load';
import type { Dataset } from '../lib/data/schema';
import { fail, writeFileAtomically } from './files';

const USAGE = 'usage : npm run data:export -- <fichier.csv>';

let csvFile: string;
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'il manque le fichier CSV à écrire' : `un seul fichier CSV à la fois, pas ${positionals.length}`);
  csvFile = positionals[0];
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
// A slip of the keyboard (`data:export -- data/clusters.json`) must not replace the dataset with a sheet.
if (!csvFile.toLowerCase().endsWith('.csv')) fail(`${csvFile}: le fichier à écrire doit finir par .csv\n${USAGE}`);

const dataFile = process.env.DATA_FILE ?? DEFAULT_DATA_FILE;
let dataset: Dataset;
try {
  dataset = readDatasetFile(dataFile);
} catch (error) {
  fail((error as Error).message);
}
writeFileAtomically(csvFile, datasetToSpreadsheet(dataset));
console.log(`${dataFile} → ${csvFile} : ${dataset.clusters.length} grappes, une par ligne`);
