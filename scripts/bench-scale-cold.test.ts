import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_FILE, readDatasetFile } from '../lib/data/load';
import type { OverviewWithCharts } from '../lib/view/overview';
import { apercuBody, coldQueries, coldRows, coldTable, measureFile } from './bench-scale-cold';

const dataset = readDatasetFile(DEFAULT_DATA_FILE);

describe('the in-process scale bench', () => {
  it('times the body /api/apercu answers: the view and both charts drawn, for every query it asks', () => {
    const [all, one, two] = coldQueries(dataset).map((query) => JSON.parse(apercuBody(dataset, query)) as OverviewWithCharts);
    expect(all.sectors).toEqual([]);
    expect(one.sectors).toEqual([dataset.sectors[0].id]);
    expect(two.sectors).toEqual(dataset.sectors.slice(0, 2).map((s) => s.id));
    expect(all.svg.members).toContain('<svg');
    expect(all.svg.employment).toContain('<svg');
  });

  it('measures each load and each view five times', () => {
    const figures = measureFile(DEFAULT_DATA_FILE);
    expect(figures.loads).toHaveLength(5);
    expect(figures.views).toHaveLength(15);
    expect(figures.views.filter((v) => v.query === '')).toHaveLength(5);
  });

  it('says whether each target is held at the largest size only', () => {
    const small = { loads: [2000, 2000, 2000], views: [{ query: '', ms: 500 }] };
    const large = { loads: [100, 200, 1500], views: [{ query: '', ms: 250 }] };
    const lines = coldTable([1000, 10_000], coldRows([small, large]));
    expect(lines[0]).toMatch(/^grappes +1\u00a0000 +10\u00a0000 {3}cible à 10\u00a0000$/);
    expect(lines[1]).toMatch(/^chargement du jeu de données, médiane +2000,0 ms +200,0 ms {3}≤ 1 s tenue$/);
    expect(lines[2]).toMatch(/, max +2000,0 ms +1500,0 ms {3}≤ 1 s MANQUÉE$/);
    expect(lines[3]).toMatch(/^vue jamais vue \(vue \+ 2 graphiques\), médiane +500,0 ms +250,0 ms {3}≤ 300 ms tenue$/);
  });
});
