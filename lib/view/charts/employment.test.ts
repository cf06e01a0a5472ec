import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../data/load';
import { clusterRows } from '../table';
import { employmentChartSpec } from './employment';

const dataset = readDatasetFile('data/clusters.json');
const NBSP = '\u00a0';

describe('employment chart', () => {
  const spec = employmentChartSpec(dataset);

  it('draws one bar per sector with a figure, grouped by scope', () => {
    expect(spec.bars.map((b) => [b.label, b.sublabel, b.valueText, b.scope, b.pattern])).toEqual([
      ['Ferroviaire', 'Association des industries ferroviaires', `9${NBSP}408`, 'members', 'solid'],
      ['Imprimerie', 'Club des imprimeurs artisans', '700', 'members', 'solid'],
      ['Plasturgie', 'Action Plasturgie Artois Flandres', `11${NBSP}500`, 'regional-sector', 'hatch'],
      ['Emballage, papier et carton', 'Nord Package', `6${NBSP}700`, 'regional-sector', 'hatch'],
      ['Numérique', 'Pôle numérique régional', `19${NBSP}000`, 'metro-area', 'dots'],
    ]);
  });

  it('explains the three scopes in its legend and warns that they differ', () => {
    expect(spec.legend.map((l) => l.label)).toEqual([
      'Membres de la grappe',
      'Toute la filière en région',
      'Métropole lilloise seulement',
    ]);
    expect(spec.notes[0]).toMatch(/ne couvrent pas le même périmètre/);
    expect(spec.notes.join('\n')).toContain('Pôle numérique régional — Chiffre de la seule métropole lilloise');
  });

  it('lists the sectors without a figure', () => {
    expect(spec.missing.map((m) => `${m.label} : ${m.reason}`)).toEqual([
      'Logistique : non communiqué (Euralogistic)',
      'Économie sociale et solidaire : non communiqué (Initiatives et Cité)',
    ]);
  });

  it('gives each sector the same colour as everywhere else', () => {
    const rows = clusterRows(dataset);
    for (const bar of spec.bars) {
      expect(bar.color).toBe(rows.find((r) => r.slug === bar.key)?.sectorColor);
    }
    expect(new Set(spec.bars.map((b) => b.color)).size).toBe(spec.bars.length);
  });
});
