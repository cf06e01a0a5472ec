import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../data/load';
import { syntheticDataset } from '../../synthetic/generator';
import { employmentChartSpec } from './employment';
import { CHART_MAX_BARS } from './grouping';
import { membersChartSpec } from './members';

const dataset = readDatasetFile('data/clusters.json');
const NBSP = '\u00a0';

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
    // One panel: its heading, the top margin, three rows and the graduated line.
    expect(spec.panels.map((p) => [p.heading, p.count])).toEqual([['Membres de la grappe', 3]]);
    expect(spec.height).toBe(26 + 8 + 3 * 72 + 24);
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
