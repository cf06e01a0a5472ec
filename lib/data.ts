// Loads the dataset from disk once per process, failing loudly with every problem it finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Cluster, Dataset, Sector } from './schema';
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

export function findCluster(dataset: Dataset, slug: string): Cluster | undefined {
  return dataset.clusters.find((c) => c.slug === slug);
}

export function findSector(dataset: Dataset, id: string | null): Sector | undefined {
  return id === null ? undefined : dataset.sectors.find((s) => s.id === id);
}
