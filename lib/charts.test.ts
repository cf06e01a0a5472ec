import { describe, expect, it } from 'vitest';
import { employmentChartSpec, joinFrench, membersChartSpec, sourceLine } from './charts';
import { readDatasetFile } from './data';
import { headlines } from './overview';
import { clusterRows, sortRows } from './table';
import { clusterFigures } from './cluster-page';

const dataset = readDatasetFile('data/clusters.json');
const NBSP = '\u00a0';

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
    expect(spec.summary).toContain('6 barres.');
    expect(spec.summary).toContain('Non communiqué : Pôle numérique régional, Clubtex et Club développeurs.');
  });
});

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

describe('table of clusters', () => {
  const rows = clusterRows(dataset);

  it('sorts by members, missing figures last in both directions', () => {
    const names = (column: 'members', direction: 'ascending' | 'descending') =>
      sortRows(rows, column, direction).map((r) => r.members?.text ?? `${r.name} (nc)`);
    expect(names('members', 'descending')).toEqual([
      '80', '60', '≈ 15', '11', '10',
      'Club développeurs (nc)', 'Clubtex (nc)', 'Euralogistic (nc)', 'Pôle numérique régional (nc)',
    ]);
    expect(names('members', 'ascending').slice(0, 5)).toEqual(['10', '11', '≈ 15', '60', '80']);
  });

  it('sorts names the French way', () => {
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.name).slice(0, 3)).toEqual([
      'Action Plasturgie Artois Flandres',
      'Association des industries ferroviaires',
      'Club des imprimeurs artisans',
    ]);
  });
});

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
});

describe('cluster figures', () => {
  it('shows a missing figure as "non communiqué" (null), never 0', () => {
    const digital = dataset.clusters.find((c) => c.slug === 'pole-numerique-regional')!;
    const [members, employment] = clusterFigures(digital);
    expect(members.value).toBeNull();
    expect(employment).toMatchObject({ value: `19${NBSP}000`, scope: 'métropole lilloise seulement' });
  });

  it('says where an approximate figure comes from', () => {
    const printers = dataset.clusters.find((c) => c.slug === 'club-des-imprimeurs-artisans')!;
    expect(clusterFigures(printers)[0].approximation).toBe("Chiffre approximatif : l'article écrit « une quinzaine ».");
  });
});

describe('joinFrench', () => {
  it('joins with commas and "et"', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['a'])).toBe('a');
    expect(joinFrench(['a', 'b', 'c'])).toBe('a, b et c');
  });
});

it('names the article, its byline and its approximate date in the source line', () => {
  expect(sourceLine(dataset)).toMatch(/J\.-M\. P\..*22 janvier 2011/);
});
