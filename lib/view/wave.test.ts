import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { notGivenReason, waveBreakdown, waveLabel, waveShortLabel } from './wave';

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

describe('waveBreakdown', () => {
  const of = (waves: Array<1 | 2>) => waves.map((wave) => ({ wave }));
  it('splits a count between the waves, the second first, so that it adds up', () => {
    expect(waveBreakdown(of([2, 2, 2, 2, 2, 2, 2, 1, 1]))).toBe('7 de la deuxième vague, 2 de la première');
    expect(waveBreakdown(of([1, 2]))).toBe('1 de la deuxième vague, 1 de la première');
  });
  it('names one wave alone when the count holds only it, and nothing for no cluster', () => {
    expect(waveBreakdown(of([2, 2]))).toBe('2 de la deuxième vague');
    expect(waveBreakdown(of([1]))).toBe('1 de la première vague');
    expect(waveBreakdown([])).toBe('');
  });
  it('writes large counts the French way', () => {
    expect(waveBreakdown(of(Array<2>(1000).fill(2)))).toBe('1\u00a0000 de la deuxième vague');
  });
});
