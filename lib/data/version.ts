// The dataset's version: a short digest of its content, which any edit changes (a figure, a source, a
// correction). Addresses that caches and social networks keep for long carry it (the social card's),
// so that an edited dataset is shown under new ones rather than as the copy they kept.
import type { Dataset } from './schema';

const versions = new WeakMap<Dataset, string>();

export function datasetVersion(dataset: Dataset): string {
  let version = versions.get(dataset);
  if (version === undefined) {
    version = fnv1a(JSON.stringify(dataset));
    versions.set(dataset, version);
  }
  return version;
}

/** FNV-1a, 32 bits, in base 36: not a safeguard, a name that changes with the text. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
