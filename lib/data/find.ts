// Looking up a cluster or a sector of a dataset already loaded: no file access, for views and pages.
import type { Cluster, Dataset, Sector } from './schema';

export function findCluster(dataset: Dataset, slug: string): Cluster | undefined {
  return dataset.clusters.find((c) => c.slug === slug);
}

export function findSector(dataset: Dataset, id: string | null): Sector | undefined {
  return id === null ? undefined : dataset.sectors.find((s) => s.id === id);
}
