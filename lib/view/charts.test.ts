import { describe, expect, it } from 'vitest';
import { CHART_MAX_BARS, employmentChartSpec, joinFrench, joinFrenchAtMost, membersChartSpec, sourceLine } from './charts';
import { readDatasetFile } from '../data/load';
import { headlines, overviewDescription } from './headlines';
import { clusterRows, sortRows } from './table';
import { clusterFigures } from './cluster-page';
import { syntheticDataset } from '../synthetic/generator';

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

describe('charts with more bars than they draw', () => {
  it('draw the first bars in scope order and count the others by scope, with ranges, never a sum', () => {
    const spec = membersChartSpec(dataset, { maxBars: 3 });
    expect(spec.bars.map((b) => b.label)).toEqual([
      'Association des industries ferroviaires',
      'Action Plasturgie Artois Flandres',
      'Club des imprimeurs artisans',
    ]);
    expect(spec.others).toEqual({
      title: 'Autres : 6 grappes',
      lines: [
        "Non dessinées : 2 grappes avec un chiffre « membres de la grappe » (de 10 à 11) ; 1 grappe avec un chiffre « pôle régional, pas la grappe » (400). Ces chiffres ne couvrent pas le même périmètre : ils ne s'additionnent pas.",
        "3 grappes sans chiffre de membres dans l'article.",
      ],
    });
    // The clusters without a figure are counted with the others rather than listed one by one.
    expect(spec.missing).toEqual([]);
    expect(spec.notes.join('\n')).not.toContain('Euralogistic');
    expect(spec.notes.join('\n')).toContain('Seules les 3 premières barres sont dessinées');
    expect(spec.summary).toMatch(/^3 barres dessinées\. .* Autres : 6 grappes\. Non dessinées : 2 grappes/);
    expect(spec.height).toBe(3 * 72 + 16);
  });

  it('count approximate figures among the others', () => {
    const spec = membersChartSpec(dataset, { maxBars: 2 });
    expect(spec.others?.lines[0]).toContain('3 grappes avec un chiffre « membres de la grappe » (de 10 à 15, dont 1 approximatif)');
  });

  it('add the bar of the cluster a page picks out after the top ones, with its rank in its scope', () => {
    const spec = membersChartSpec(dataset, { maxBars: 3, highlight: 'euralogistic' });
    expect(spec.bars.map((b) => [b.key, b.highlighted, b.rank])).toEqual([
      ['association-des-industries-ferroviaires', false, null],
      ['action-plasturgie-artois-flandres', false, null],
      ['club-des-imprimeurs-artisans', false, null],
      ['euralogistic', true, '1er sur 1 de ce périmètre'],
    ]);
    expect(spec.others?.title).toBe('Autres : 5 grappes');
    expect(spec.notes.join('\n')).toContain('Euralogistic : nombre de membres non communiqué');
    expect(spec.notes.join('\n')).toContain('La barre de Euralogistic, hors de ces 3, est ajoutée en dessous, avec son rang.');
    const nordPackage = membersChartSpec(dataset, { maxBars: 3, highlight: 'nord-package' });
    expect(nordPackage.bars.at(-1)?.rank).toBe('4e sur 5 de ce périmètre');
  });

  it('keep the line of a picked-out cluster without a figure', () => {
    const spec = membersChartSpec(dataset, { maxBars: 3, highlight: 'clubtex' });
    expect(spec.bars).toHaveLength(3);
    expect(spec.missing.map((m) => [m.label, m.highlighted])).toEqual([['Clubtex', true]]);
    expect(spec.others?.lines[1]).toBe("2 grappes sans chiffre de membres dans l'article.");
  });

  it('group the employment chart the same way', () => {
    const spec = employmentChartSpec(dataset, { maxBars: 2 });
    expect(spec.bars.map((b) => b.label)).toEqual(['Ferroviaire', 'Imprimerie']);
    expect(spec.others?.title).toBe('Autres : 7 grappes');
    expect(spec.others?.lines).toEqual([
      `Non dessinées : 2 grappes avec un chiffre « toute la filière en région » (de 6${NBSP}700 à 11${NBSP}500) ; 1 grappe avec un chiffre « métropole lilloise seulement » (19${NBSP}000). Ces chiffres ne couvrent pas le même périmètre : ils ne s'additionnent pas.`,
      "4 grappes sans chiffre d'emplois dans l'article.",
    ]);
    // The legend explains the patterns drawn, and the sectors without a figure are still listed.
    expect(spec.legend.map((l) => l.label)).toEqual(['Membres de la grappe']);
    expect(spec.missing.map((m) => m.label)).toEqual(['Logistique', 'Économie sociale et solidaire']);
  });

  it('count the clusters without a figure when they are too many to name, even with few bars', () => {
    const national = syntheticDataset(1000, 1);
    const firstWave = { ...national, clusters: national.clusters.filter((c) => c.wave === 1) };
    const spec = membersChartSpec(firstWave);
    expect(spec.bars).toEqual([]);
    expect(spec.missing).toEqual([]);
    expect(spec.others).toEqual({ title: 'Autres : 152 grappes', lines: ["152 grappes sans chiffre de membres dans l'article."] });
    expect(spec.notes.join('\n')).toContain('Les grappes sans chiffre sont trop nombreuses pour être nommées ici');
    expect(spec.summary).toBe('Aucun chiffre de membres à montrer. Autres : 152 grappes. 152 grappes sans chiffre de membres dans l\'article.');
  });

  it('leave the real dataset whole: every bar drawn, nothing grouped', () => {
    expect(CHART_MAX_BARS).toBeGreaterThan(dataset.clusters.length);
    expect(membersChartSpec(dataset).others).toBeNull();
    expect(employmentChartSpec(dataset).others).toBeNull();
  });

  describe('at national scale (1 000 synthetic clusters)', () => {
    const national = syntheticDataset(1000, 1);
    const members = membersChartSpec(national);
    const employment = employmentChartSpec(national);
    /** The counts a summary gives, added up: every cluster not drawn is counted exactly once. */
    const counted = (lines: string[]) =>
      lines.flatMap((line) => [...line.matchAll(/(?:^|: |; )([\d\u00a0]+) grappes?/g)].map((m) => Number(m[1].replace(/\u00a0/g, '')))).reduce((a, b) => a + b, 0);

    it('draw the top bars and say "Autres : 985 grappes", each counted once', () => {
      for (const spec of [members, employment]) {
        expect(spec.bars).toHaveLength(CHART_MAX_BARS);
        expect(spec.others?.title).toBe("Autres : 985 grappes");
        expect(counted(spec.others!.lines)).toBe(985);
      }
      expect(members.bars.every((b) => b.scope === 'members')).toBe(true);
      expect(members.missing).toEqual([]);
    });

    it('keep their notes, missing lists and summaries short', () => {
      for (const spec of [members, employment]) {
        expect(spec.notes.length).toBeLessThanOrEqual(5);
        expect(JSON.stringify(spec).length).toBeLessThan(15_000);
      }
      expect(employment.notes.join('\n')).toMatch(/Grappe synthétique 0004, Grappe synthétique 0017, Grappe synthétique 0041 et 104 autres grappes : ni secteur ni chiffre/);
    });

    it('still pick out a cluster far from the top', () => {
      const spec = membersChartSpec(national, { highlight: 'grappe-synthetique-0500' });
      expect(spec.bars).toHaveLength(CHART_MAX_BARS + 1);
      expect(spec.bars.at(-1)).toMatchObject({ key: 'grappe-synthetique-0500', highlighted: true, rank: '131e sur 696 de ce périmètre' });
      expect(spec.bars.filter((b) => b.highlighted)).toHaveLength(1);
      expect(spec.others?.title).toBe('Autres : 984 grappes');
    });
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

  it('names a few and counts the rest past a limit', () => {
    const noun: [string, string] = ['autre grappe', 'autres grappes'];
    expect(joinFrenchAtMost(['a', 'b', 'c'], 3, noun)).toBe('a, b et c');
    expect(joinFrenchAtMost(['a', 'b', 'c', 'd'], 3, noun)).toBe('a, b, c et 1 autre grappe');
    expect(joinFrenchAtMost(['a', 'b', 'c', 'd', 'e'], 2, noun)).toBe('a, b et 3 autres grappes');
  });
});

it('names the article, its byline and its approximate date in the source line', () => {
  expect(sourceLine(dataset)).toMatch(/J\.-M\. P\..*22 janvier 2011/);
});
