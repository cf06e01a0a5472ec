import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { notGivenReason, waveLabel, waveShortLabel } from './wave';

const dataset = readDatasetFile('data/clusters.json');
const firstWave = dataset.clusters.find((c) => c.wave === 1)!;
const secondWave = dataset.clusters.find((c) => c.wave === 2)!;

describe('wave words', () => {
  it('give the table its short cell', () => {
    expect(waveShortLabel(1)).toBe('1re (2010)');
    expect(waveShortLabel(2)).toBe('2e (2011)');
  });

  it('give a cluster page the wave and, for the second, its announcement day', () => {
    expect(waveLabel(dataset, firstWave)).toBe('1re vague, 2010');
    expect(waveLabel(dataset, secondWave)).toBe('2e vague, annoncée le 21 janvier 2011');
  });

  it('say in a chart why a first-wave cluster has no figure', () => {
    expect(notGivenReason(firstWave)).toBe('non communiqué (1re vague, 2010)');
    expect(notGivenReason(secondWave)).toBe('non communiqué');
  });
});
