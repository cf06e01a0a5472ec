import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import type { Dataset } from '../data/schema';
import { captionParts } from './caption';
import { employmentChartSpec } from './charts/employment';
import { membersChartSpec } from './charts/members';
import { filterDataset } from './overview';

const dataset = readDatasetFile('data/clusters.json');

describe('captionParts', () => {
  it('print the header, the chart, legend, what is missing and the footer, in that order', () => {
    const parts = captionParts(employmentChartSpec(dataset));
    expect(parts.map((p) => p.kind)).toEqual(['header', 'chart', 'legend', 'missing', 'footer']);
    expect(parts[0]).toEqual({ kind: 'header', title: 'Emplois par secteur', subtitle: expect.stringMatching(/^Emplois ou salariés/) });
    expect(parts.find((p) => p.kind === 'missing')).toMatchObject({
      heading: "Sans chiffre dans l'article",
      name: 'Non communiqué : Emplois par secteur',
      entries: [{ text: 'Logistique : non communiqué (Euralogistic)' }, { text: 'Économie sociale et solidaire : non communiqué (Initiatives et Cité)' }],
    });
  });

  it('say so when there is nothing to draw, and count the others', () => {
    const national = syntheticDataset(1000, 1);
    const parts = captionParts(membersChartSpec({ ...national, clusters: national.clusters.filter((c) => c.wave === 1) }));
    expect(parts.map((p) => p.kind)).toEqual(['header', 'nothing-to-draw', 'others', 'footer']);
    expect(parts[1]).toEqual({ kind: 'nothing-to-draw', text: "Aucun chiffre à dessiner : l'article n'en donne pas pour cette sélection." });
  });

  it('end an exported picture with the site and the export date, a page with its source', () => {
    const spec = membersChartSpec(dataset);
    expect(captionParts(spec).at(-1)).toMatchObject({ kind: 'footer', source: spec.source, stamp: null });
    expect(captionParts(spec, { date: '2026-11-28' }).at(-1)).toMatchObject({ stamp: "Grappes d'entreprises · exporté le 28 novembre 2026" });
    expect(captionParts(spec, { date: null }).at(-1)).toMatchObject({ stamp: "Grappes d'entreprises" });
  });
});

describe('the corrections part', () => {
  const corrected: Dataset = {
    ...dataset,
    corrections: [
      { date: '2026-12-02', text: 'le nombre de membres de Nord Package est de 11, et non 12.', chart: 'membres', cluster: 'nord-package' },
      { date: '2026-12-01', text: 'la source est datée du 22 janvier 2011.' },
      { date: '2026-12-03', text: 'les emplois de la plasturgie couvrent toute la filière.', chart: 'emplois' },
    ],
  };
  const correctionsOf = (spec: ReturnType<typeof membersChartSpec>) => captionParts(spec).find((p) => p.kind === 'corrections');

  it('prints each correction of the chart under it, dated in French, oldest first, before the legend', () => {
    const parts = captionParts(membersChartSpec(corrected));
    expect(parts.map((p) => p.kind)).toEqual(['header', 'chart', 'corrections', 'legend', 'missing', 'footer']);
    expect(parts[2]).toEqual({
      kind: 'corrections',
      name: 'Corrections : Membres par grappe',
      lines: ['Corrigé le 1er décembre 2026 : la source est datée du 22 janvier 2011.', 'Corrigé le 2 décembre 2026 : le nombre de membres de Nord Package est de 11, et non 12.'],
    });
  });

  it('leaves out a correction of the other chart, or of a cluster the view does not show', () => {
    expect(correctionsOf(employmentChartSpec(corrected))).toMatchObject({
      lines: ['Corrigé le 1er décembre 2026 : la source est datée du 22 janvier 2011.', 'Corrigé le 3 décembre 2026 : les emplois de la plasturgie couvrent toute la filière.'],
    });
    expect(correctionsOf(membersChartSpec(filterDataset(corrected, ['plasturgie'])))).toMatchObject({ lines: ['Corrigé le 1er décembre 2026 : la source est datée du 22 janvier 2011.'] });
    expect(correctionsOf(membersChartSpec(filterDataset(corrected, ['emballage'])))?.lines).toHaveLength(2);
  });

  it('prints nothing when the dataset has no correction', () => {
    expect(correctionsOf(membersChartSpec(dataset))).toBeUndefined();
    expect(correctionsOf(membersChartSpec({ ...dataset, corrections: [] }))).toBeUndefined();
  });
});
