// What an import changes in the dataset's list of clusters, said before the file is replaced.
import type { Dataset } from '../data/schema';

/** Slugs an import adds and removes, so that a newsroom sees a dropped cluster before it is lost. */
export function clusterChanges(before: Dataset, after: Dataset): { added: string[]; removed: string[] } {
  const beforeSlugs = new Set(before.clusters.map((c) => c.slug));
  const afterSlugs = new Set(after.clusters.map((c) => c.slug));
  return {
    added: [...afterSlugs].filter((slug) => !beforeSlugs.has(slug)),
    removed: [...beforeSlugs].filter((slug) => !afterSlugs.has(slug)),
  };
}
