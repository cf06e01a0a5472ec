import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import { captionParts } from './caption';
import { employmentChartSpec } from './charts/employment';
import { membersChartSpec } from './charts/members';

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
