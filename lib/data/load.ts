// Loads the dataset from disk once per process, failing loudly with every problem it finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from './schema';
import { formatProblems, validateDatasetText } from './validate';

export const DEFAULT_DATA_FILE = 'data/clusters.json';

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Reads and validates a dataset file; throws a DatasetError listing `file: json.path: reason`. */
export function readDatasetFile(file: string): Dataset {
  let text: string;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    throw new DatasetError(`${file}: $: fichier illisible : ${(error as Error).message}`);
  }
  const result = validateDatasetText(text);
  if (!result.ok) throw new DatasetError(formatProblems(file, result.problems));
  return result.dataset;
}

let cached: Dataset | undefined;

/** The app's dataset: DATA_FILE when set, otherwise the built-in one. */
export function getDataset(): Dataset {
  cached ??= readDatasetFile(process.env.DATA_FILE ?? DEFAULT_DATA_FILE);
  return cached;
}
