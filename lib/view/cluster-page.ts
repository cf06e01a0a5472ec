// What the page of one cluster shows: its figures in reading order, its neighbours, its description;
// and which pages are built ahead of time.
import type { Cluster, Dataset, Figure, OtherFigure } from '../data/schema';
import { formatFigureValue } from '../format/french';
import { SCOPE_INFO } from '../data/scopes';
import { findSector } from '../data/find';
import { waveLabel } from './wave';

export type FigureView = {
  key: string;
  label: string;
  /** Null when the article gives no figure: shown as "non communiqué". */
  value: string | null;
  counts: string | null;
  scope: string | null;
  scopeDescription: string | null;
  approximation: string | null;
  caveat: string | null;
  quote: string | null;
};

export function clusterFigures(cluster: Cluster): FigureView[] {
  return [
    figureView('membres', 'Membres', cluster.members),
    figureView('emplois', 'Emplois', cluster.employment),
    ...cluster.otherFigures.map((f, i) => figureView(`autre-${i}`, f.label, f)),
  ];
}

function figureView(key: string, label: string, figure: Figure | OtherFigure | null): FigureView {
  if (!figure) {
    return { key, label, value: null, counts: null, scope: null, scopeDescription: null, approximation: null, caveat: null, quote: null };
  }
  return {
    key,
    label,
    value: formatFigureValue(figure.value, figure.approximate),
    counts: figure.counts,
    scope: SCOPE_INFO[figure.scope].label,
    scopeDescription: SCOPE_INFO[figure.scope].description,
    approximation: figure.approximate ? `Chiffre approximatif : l'article écrit « ${figure.asWritten} ».` : null,
    caveat: figure.caveat ?? null,
    quote: figure.quote,
  };
}

export function sectorLabel(dataset: Dataset, cluster: Cluster): string | null {
  return findSector(dataset, cluster.sectorId)?.label ?? null;
}

export function sameSector(dataset: Dataset, cluster: Cluster): Cluster[] {
  if (cluster.sectorId === null) return [];
  return dataset.clusters.filter((c) => c.sectorId === cluster.sectorId && c.slug !== cluster.slug);
}

/** Clusters of the same sector linked from a page; past them, the filtered overview lists the rest. */
export const SAME_SECTOR_LINKS = 10;

/** The first clusters of the same sector, and how many more there are. */
export function sameSectorLinks(dataset: Dataset, cluster: Cluster, max: number = SAME_SECTOR_LINKS): { shown: Cluster[]; more: number } {
  const all = sameSector(dataset, cluster);
  return { shown: all.slice(0, max), more: Math.max(0, all.length - max) };
}

export function neighbours(dataset: Dataset, cluster: Cluster): { previous: Cluster | null; next: Cluster | null } {
  const i = dataset.clusters.findIndex((c) => c.slug === cluster.slug);
  return {
    previous: i > 0 ? dataset.clusters[i - 1] : null,
    next: i >= 0 && i < dataset.clusters.length - 1 ? dataset.clusters[i + 1] : null,
  };
}

/** One sentence for the page's meta description. */
export function clusterDescription(dataset: Dataset, cluster: Cluster): string {
  const parts = [`${cluster.name}${cluster.town ? ` (${cluster.town})` : ''}`];
  const sector = sectorLabel(dataset, cluster);
  parts.push(`grappe d'entreprises${sector ? ` du secteur ${sector.toLowerCase()}` : ''}, ${waveLabel(dataset, cluster)}`);
  const figures = clusterFigures(cluster).filter((f) => f.value !== null);
  if (figures.length > 0) parts.push(figures.map((f) => `${f.label.toLowerCase()} : ${f.value} ${f.counts}`).join(', '));
  return `${parts.join(', ')}.`;
}
