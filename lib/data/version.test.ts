import { describe, expect, it } from 'vitest';
import { readDatasetFile } from './load';
import { datasetVersion } from './version';

const dataset = readDatasetFile('data/clusters.json');

describe('datasetVersion', () => {
  it('is the same for the same content, read twice', () => {
    expect(datasetVersion(readDatasetFile('data/clusters.json'))).toBe(datasetVersion(dataset));
    expect(datasetVersion(dataset)).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('changes with a correction, or with one figure', () => {
    const corrected = { ...dataset, corrections: [{ date: '2026-12-02', text: 'le nombre de membres de Nord Package est de 11, et non 12.', cluster: 'nord-package' }] };
    const [first, ...rest] = dataset.clusters;
    const edited = { ...dataset, clusters: [{ ...first, name: `${first.name} ` }, ...rest] };
    expect(new Set([datasetVersion(dataset), datasetVersion(corrected), datasetVersion(edited)]).size).toBe(3);
  });
});
