import { describe, expect, it } from 'vitest';
import { clusterFigures, sameSectorLinks } from './cluster-page';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';

const dataset = readDatasetFile('data/clusters.json');
const national = syntheticDataset(1000, 1);
const NBSP = '\u00a0';

describe('sameSectorLinks', () => {
  it('links every cluster of the sector when they are few', () => {
    const plastics = dataset.clusters.find((c) => c.slug === 'action-plasturgie-artois-flandres')!;
    expect(sameSectorLinks(dataset, plastics)).toEqual({ shown: [], more: 0 });
  });

  it('links ten and counts the rest in a national list', () => {
    const cluster = national.clusters.find((c) => c.sectorId !== null)!;
    const all = national.clusters.filter((c) => c.sectorId === cluster.sectorId && c.slug !== cluster.slug);
    const links = sameSectorLinks(national, cluster);
    expect(links.shown.map((c) => c.slug)).toEqual(all.slice(0, 10).map((c) => c.slug));
    expect(links.more).toBe(all.length - 10);
  });
});

describe('cluster figures', () => {
  it('shows a missing figure as "non communiqué" (null), never 0', () => {
    const digital = dataset.clusters.find((c) => c.slug === 'pole-numerique-regional')!;
    const [members, employment] = clusterFigures(digital);
    expect(members.value).toBeNull();
    expect(employment).toMatchObject({ value: `19${NBSP}000`, scope: 'métropole lilloise seulement' });
  });

  it('says where an approximate figure comes from', () => {
    const printers = dataset.clusters.find((c) => c.slug === 'club-des-imprimeurs-artisans')!;
    expect(clusterFigures(printers)[0].approximation).toBe("Chiffre approximatif : l'article écrit « une quinzaine ».");
  });
});
