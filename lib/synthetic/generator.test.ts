import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import type { Dataset, Figure } from '../data/schema';
import { SYNTHETIC_TITLE } from '../data/synthetic-marker';
import { mulberry32, syntheticDataset } from './generator';
import { validateDataset } from '../data/validate';

function figures(dataset: Dataset): Figure[] {
  return dataset.clusters.flatMap((c) => [c.members, c.employment, ...c.otherFigures].filter((f) => f !== null));
}

describe('mulberry32', () => {
  it('draws the same numbers in [0, 1) for the same seed, others for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 1000 }, mulberry32(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(43)).not.toEqual(draw(42));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = draw(42).reduce((a, b) => a + b) / 1000;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('syntheticDataset', () => {
  it('is the same for the same seed, and different for another', () => {
    expect(JSON.stringify(syntheticDataset(126, 7))).toBe(JSON.stringify(syntheticDataset(126, 7)));
    expect(JSON.stringify(syntheticDataset(126, 8))).not.toBe(JSON.stringify(syntheticDataset(126, 7)));
  });

  it.each([7, 126, 1000])('passes the schema and rules of the real dataset with %i clusters', (count) => {
    const dataset = syntheticDataset(count, 1);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(dataset.clusters).toHaveLength(count);
  });

  it.each([7, 126, 1000])('has the article’s mix with %i clusters: every scope, both waves, missing and approximate figures', (count) => {
    const dataset = syntheticDataset(count, 1);
    expect(new Set(figures(dataset).map((f) => f.scope))).toEqual(new Set(['members', 'regional-sector', 'metro-area', 'pole']));
    expect(new Set(dataset.clusters.map((c) => c.wave))).toEqual(new Set([1, 2]));
    expect(dataset.clusters.some((c) => c.members === null)).toBe(true);
    expect(dataset.clusters.some((c) => c.employment === null)).toBe(true);
    expect(dataset.clusters.some((c) => c.sectorId === null)).toBe(true);
    expect(figures(dataset).some((f) => f.approximate)).toBe(true);
    expect(dataset.clusters.some((c) => c.otherFigures.some((f) => f.standsInFor === 'members'))).toBe(true);
  });

  it('spreads a national-size list over 12 sectors, with approximations in words and numbers written "11 500"', () => {
    const dataset = syntheticDataset(126, 1);
    expect(dataset.sectors).toHaveLength(12);
    for (const sector of dataset.sectors) expect(dataset.clusters.some((c) => c.sectorId === sector.id)).toBe(true);
    const written = figures(dataset).map((f) => f.asWritten);
    expect(written).toContainEqual(expect.stringMatching(/^une (dizaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine)$/));
    expect(written).toContainEqual(expect.stringMatching(/^(environ|près de) \d/));
    expect(written).toContainEqual(expect.stringMatching(/^\d{1,3} \d{3}$/));
    expect(figures(dataset).filter((f) => f.approximate).length).toBeGreaterThan(5);
  });

  it('lists only the sectors its clusters use', () => {
    const dataset = syntheticDataset(3, 1);
    const used = new Set(dataset.clusters.map((c) => c.sectorId));
    expect(dataset.sectors.map((s) => s.id).every((id) => used.has(id))).toBe(true);
  });

  it('says it is synthetic: in its source, and in every name', () => {
    const dataset = syntheticDataset(126, 1);
    expect(dataset.source).toMatchObject({ synthetic: true, title: SYNTHETIC_TITLE });
    expect(SYNTHETIC_TITLE).toBe('Jeu de données synthétique — ne pas publier');
    expect(dataset.clusters[0].name).toBe('Grappe synthétique 0001');
    expect(dataset.clusters[125].slug).toBe('grappe-synthetique-0126');
    const names = [
      ...dataset.clusters.map((c) => c.name),
      ...dataset.clusters.flatMap((c) => c.people.map((p) => p.name)),
      ...dataset.sectors.map((s) => s.label),
    ];
    expect(names.filter((name) => !name.includes('synthétique'))).toEqual([]);
  });

  it('numbers clusters on as many digits as the count needs', () => {
    expect(syntheticDataset(12000, 1).clusters.at(-1)?.name).toBe('Grappe synthétique 12000');
  });

  it('refuses a count below 1', () => {
    expect(() => syntheticDataset(0, 1)).toThrow(/nombre de grappes invalide : 0/);
  });
});

describe('the real dataset', () => {
  it('is not marked synthetic', () => {
    expect(readDatasetFile('data/clusters.json').source.synthetic).toBeUndefined();
  });
});
