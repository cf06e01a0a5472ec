import { describe, expect, it } from 'vitest';
import { sameSectorLinks } from './cluster-page';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';

const dataset = readDatasetFile('data/clusters.json');
const national = syntheticDataset(1000, 1);

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
