import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../data/load';
import { syntheticDataset } from '../../synthetic/generator';
import { employmentChartSpec } from './employment';
import { membersChartSpec } from './members';
import { barsOf, panelHeight, panelOffsets } from './panels';
import { PANEL_GAP, PANEL_HEADING_HEIGHT } from './spec';
import { PANELS_NOTE } from './words';

const dataset = readDatasetFile('data/clusters.json');

describe('panels by scope', () => {
  it('cut "Emplois par secteur" into one panel per scope, each under its heading', () => {
    const spec = employmentChartSpec(dataset);
    expect(spec.panels.map((p) => [p.heading, barsOf(spec.bars, p).map((b) => b.valueText.replace(/\u00a0/g, ' '))])).toEqual([
      ['Membres de la grappe', ['9 408', '700']],
      ['Toute la filière en région', ['11 500', '6 700']],
      ['Métropole lilloise seulement', ['19 000']],
    ]);
    for (const panel of spec.panels) expect(barsOf(spec.bars, panel).every((b) => b.scope === panel.scope)).toBe(true);
  });

  it('give each panel a scale of its own: the metro area’s 19 000 sets no other panel’s length', () => {
    const spec = employmentChartSpec(dataset);
    const [members, sector, metro] = spec.panels;
    expect(members.end).toBeCloseTo(9_408 / 0.78);
    expect(sector.end).toBeCloseTo(11_500 / 0.78);
    expect(metro.end).toBeCloseTo(19_000 / 0.78);
    expect(metro.ticks.at(-1)!.value).toBeLessThanOrEqual(19_000);
    expect(spec.notes[0]).toBe(PANELS_NOTE);
    expect(PANELS_NOTE).toContain('à sa propre échelle');
  });

  it('draw the pole’s 400 firms apart from the clusters’ members', () => {
    const spec = membersChartSpec(dataset);
    expect(spec.panels.map((p) => [p.heading, p.count])).toEqual([
      ['Membres de la grappe', 5],
      ['Pôle régional, pas la grappe', 1],
    ]);
    const [members, pole] = spec.panels;
    expect(members.end).toBeCloseTo(80 / 0.78);
    // A panel of one bar is graduated all the same: its length says 400, not "the most".
    expect(pole.ticks.map((t) => t.value)).toEqual([0, 200, 400]);
  });

  it('draw a single-scope chart as one panel, said so in the notes', () => {
    const spec = employmentChartSpec({ ...dataset, clusters: dataset.clusters.filter((c) => c.employment?.scope === 'regional-sector') });
    expect(spec.panels.map((p) => p.heading)).toEqual(['Toute la filière en région']);
    expect(spec.notes[0]).toBe("Ces barres couvrent le même périmètre, écrit en tête du graphique et sous chacune d'elles.");
    expect(spec.notes).not.toContain(PANELS_NOTE);
  });

  it('put the bar a page picks out, drawn past the top bars, in its own scope’s panel', () => {
    const big = syntheticDataset(300, 7);
    const late = membersChartSpec(big).bars.length;
    expect(late).toBe(15);
    const all = [...big.clusters].filter((c) => c.members && c.members.scope === 'members').sort((a, b) => a.members!.value - b.members!.value);
    const smallest = all[0];
    const spec = membersChartSpec(big, { highlight: smallest.slug });
    const panel = spec.panels.find((p) => barsOf(spec.bars, p).some((b) => b.key === smallest.slug))!;
    expect(panel.heading).toBe('Membres de la grappe');
    expect(barsOf(spec.bars, panel).at(-1)!.rank).toMatch(/e sur \d+ de ce périmètre/);
    expect(spec.panels.reduce((sum, p) => sum + p.count, 0)).toBe(spec.bars.length);
  });

  it('stack the panels, with their headings, in the height an export draws', () => {
    const spec = employmentChartSpec(dataset);
    const offsets = panelOffsets(spec.panels);
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(PANEL_HEADING_HEIGHT + panelHeight(spec.panels[0]) + PANEL_GAP);
    expect(spec.height).toBe(offsets[2] + PANEL_HEADING_HEIGHT + panelHeight(spec.panels[2]));
  });
});
