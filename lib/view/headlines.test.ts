import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import { headlines, overviewDescription } from './headlines';

const dataset = readDatasetFile('data/clusters.json');

describe('headlines', () => {
  it('gives the key figures of the selection with their source', () => {
    expect(headlines(dataset).map((h) => [h.value, h.label])).toEqual([
      ['21 janvier 2011', 'annonce de la deuxième vague de labellisation'],
      ['84', 'grappes retenues en France lors de cette vague'],
      ["24 millions d'euros", 'mobilisés par le ministère sur deux ans'],
      ['7', 'grappes de la région retenues lors de cette vague'],
      ['2', 'grappes de la région lors de la première vague, en 2010 : Clubtex et Club développeurs'],
    ]);
    expect(headlines(dataset)[1].source).toContain('84 nouveaux dossiers ont été retenus');
  });

  it('names three first-wave clusters at most, and counts the others', () => {
    const national = headlines(syntheticDataset(1000, 1)).find((h) => h.key === 'premiere-vague')!;
    expect(national.value).toBe('152');
    expect(national.label).toBe(
      'grappes de la région lors de la première vague, en 2010 : Grappe synthétique 0004, Grappe synthétique 0017, Grappe synthétique 0027 et 149 autres',
    );
  });
});

describe('overview description', () => {
  it('counts the clusters and dates their selection from the dataset', () => {
    expect(overviewDescription(dataset)).toBe(
      "Les sept grappes d'entreprises du Nord-Pas-de-Calais retenues le 21 janvier 2011 : membres et emplois par secteur, chaque chiffre avec son périmètre et sa source.",
    );
    expect(overviewDescription(syntheticDataset(1000, 1))).toMatch(/^Les 848 grappes d'entreprises du Nord-Pas-de-Calais retenues le 21 janvier 2011 : /);
    expect(overviewDescription({ ...dataset, clusters: dataset.clusters.slice(0, 1) })).toMatch(/^La grappe d'entreprises du Nord-Pas-de-Calais retenue le /);
  });
});
