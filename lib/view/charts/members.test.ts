import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../data/load';
import { membersChartSpec } from './members';

const dataset = readDatasetFile('data/clusters.json');

describe('members chart', () => {
  const spec = membersChartSpec(dataset);

  it('draws one bar per cluster with a figure, its own members first, largest first', () => {
    expect(spec.bars.map((b) => [b.label, b.valueText, b.scope])).toEqual([
      ['Association des industries ferroviaires', '80', 'members'],
      ['Action Plasturgie Artois Flandres', '60', 'members'],
      ['Club des imprimeurs artisans', '≈ 15', 'members'],
      ['Nord Package', '11', 'members'],
      ['Initiatives et Cité', '10', 'members'],
      ['Euralogistic', '400', 'pole'],
    ]);
  });

  it('says on each bar what it counts and over which scope', () => {
    const detail = (slug: string) => spec.bars.find((b) => b.key === slug)?.detail;
    expect(detail('association-des-industries-ferroviaires')).toBe('membres actifs · membres de la grappe');
    expect(detail('club-des-imprimeurs-artisans')).toBe('entreprises · membres de la grappe · approximatif');
    expect(detail('euralogistic')).toBe('entreprises · pôle régional, pas la grappe');
  });

  it('draws a pole figure with another pattern than members', () => {
    const pattern = (slug: string) => spec.bars.find((b) => b.key === slug)?.pattern;
    expect(pattern('euralogistic')).toBe('crosshatch');
    expect(pattern('nord-package')).toBe('solid');
    expect(spec.legend.map((l) => l.label)).toEqual(['Membres de la grappe', 'Pôle régional, pas la grappe']);
  });

  it('lists clusters without a figure as "non communiqué", never as a bar of 0', () => {
    expect(spec.missing.map((m) => `${m.label} : ${m.reason}`)).toEqual([
      'Pôle numérique régional : non communiqué',
      'Clubtex : non communiqué (1re vague, 2010)',
      'Club développeurs : non communiqué (1re vague, 2010)',
    ]);
    expect(spec.bars.every((b) => b.value > 0)).toBe(true);
  });

  it('explains the stand-in figure and the approximation in its notes', () => {
    expect(spec.notes.join('\n')).toContain('Euralogistic : nombre de membres non communiqué');
    expect(spec.notes.join('\n')).toContain('≈ : chiffre approximatif');
    expect(spec.source).toBe(
      "Source : « Sept nouvelles « grappes d'entreprises » », J.-M. P., presse régionale, vers le 22 janvier 2011. Label « Grappes d'entreprises » de la DATAR.",
    );
  });

  it('highlights one cluster and dims the others', () => {
    const highlighted = membersChartSpec(dataset, { highlight: 'nord-package' });
    expect(highlighted.bars.filter((b) => b.highlighted).map((b) => b.key)).toEqual(['nord-package']);
    expect(highlighted.bars.filter((b) => b.dimmed)).toHaveLength(5);
    const missing = membersChartSpec(dataset, { highlight: 'clubtex' });
    expect(missing.missing.find((m) => m.highlighted)?.label).toBe('Clubtex');
  });

  it('sums up the chart in words for readers who cannot see it', () => {
    expect(spec.summary).toMatch(/^6 barres en 2 panneaux, un par périmètre\. Membres de la grappe : 5 barres, la plus grande : Association des industries ferroviaires, 80 membres actifs/);
    // The smallest is found within its panel: the pole's 400 firms are not "the largest".
    expect(spec.summary).toContain('la plus petite : Initiatives et Cité, 10 entreprises adhérentes · membres de la grappe.');
    expect(spec.summary).toContain('Pôle régional, pas la grappe : 1 barre, Euralogistic, 400 entreprises');
    expect(spec.summary).toContain('Non communiqué : Pôle numérique régional, Clubtex et Club développeurs.');
  });
});
