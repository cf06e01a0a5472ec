// npm run data:validate [file]: prints every problem of a dataset file as `file: json.path: reason`.
import { readFileSync } from 'node:fs';
import { DEFAULT_DATA_FILE } from '../lib/data/load';
import { formatProblems, validateDatasetText } from '../lib/data/validate';

const file = process.argv[2] ?? process.env.DATA_FILE ?? DEFAULT_DATA_FILE;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: $: fichier illisible : ${(error as Error).message}`);
  process.exit(1);
}
const result = validateDatasetText(text);
if (!result.ok) {
  console.error(formatProblems(file, result.problems));
  console.error(`${result.problems.length} problème(s) dans ${file}`);
  process.exit(1);
}
const { clusters, sectors } = result.dataset;
console.log(`${file} : jeu de données valide (${clusters.length} grappes, ${sectors.length} secteurs)`);
