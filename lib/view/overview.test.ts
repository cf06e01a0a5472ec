import { describe, expect, it } from 'vitest';
import { clustersCsv, clustersCsvFileName } from '../export/clusters-csv';
import { readDatasetFile } from '../data/load';
import { filterDataset, overviewView } from './overview';
import { parseSectorParam } from '../url/sector-filter';
import { syntheticDataset } from '../synthetic/generator';

const dataset = readDatasetFile('data/clusters.json');
const ids = dataset.sectors.map((s) => s.id);
const viewOf = (param?: string) => overviewView(dataset, parseSectorParam(param, ids));

describe('overviewView', () => {
  it('shows every cluster without a filter', () => {
    const view = viewOf();
    expect(view.query).toBe('');
    expect(view.countText).toBe('9 grappes sur 9');
    expect(view.waveText).toBe('7 de la deuxième vague, 2 de la première');
    expect(view.rows).toHaveLength(9);
    expect(view.members.bars).toHaveLength(6);
    expect(view.employment.bars).toHaveLength(5);
    expect(view.members.subtitle).not.toContain('Secteurs');
  });

  it('narrows both charts, the table, the counts and the notes to the chosen sectors', () => {
    const view = viewOf('emballage,plasturgie');
    expect(view.query).toBe('?secteur=plasturgie,emballage');
    expect(view.countText).toBe('2 grappes sur 9');
    expect(view.waveText).toBe('2 de la deuxième vague');
    expect(view.rows.map((r) => r.name)).toEqual(['Action Plasturgie Artois Flandres', 'Nord Package']);
    expect(view.members.bars.map((b) => b.valueText)).toEqual(['60', '11']);
    expect(view.employment.bars.map((b) => b.label)).toEqual(['Plasturgie', 'Emballage, papier et carton']);
    expect(view.members.subtitle).toContain('Secteurs : plasturgie, emballage, papier et carton');
    expect(view.members.notes.join(' ')).not.toContain('Euralogistic');
    expect(view.employment.notes[0]).toBe("Ces barres couvrent le même périmètre, écrit en tête du graphique et sous chacune d'elles.");
    expect(view.headlines.find((h) => h.key === 'region')).toMatchObject({
      value: '2',
      label: 'grappes retenues dans les secteurs choisis, sur 7 dans la région',
    });
  });

  it('keeps each sector its colour whatever the filter', () => {
    const all = viewOf();
    const filtered = viewOf('emballage');
    expect(filtered.members.bars[0].color).toBe(all.members.bars.find((b) => b.key === 'nord-package')?.color);
  });

  it('says in words when a chart has nothing left to show', () => {
    const view = viewOf('logistique');
    expect(view.members.bars.map((b) => b.key)).toEqual(['euralogistic']);
    expect(view.employment.bars).toEqual([]);
    expect(view.employment.summary).toBe("Aucun chiffre d'emplois à montrer. Non communiqué : Logistique.");
  });

  it('carries the notice of an ignored sector', () => {
    const view = viewOf('plasturgie,aeronautique');
    expect(view.notice).toBe('Secteur inconnu ignoré : « aeronautique ».');
    expect(view.rows).toHaveLength(1);
  });
});

describe('a national-size overview', () => {
  const national = syntheticDataset(1000, 1);
  const nationalIds = national.sectors.map((s) => s.id);

  it('carries one page of the table, not every row', () => {
    const view = overviewView(national, parseSectorParam(undefined, nationalIds), { sort: { column: 'name', direction: 'ascending' }, page: 2 });
    expect(view.rows).toHaveLength(50);
    expect(view.table).toMatchObject({ page: 2, pageCount: 20, first: 51, last: 100, total: 1000 });
    expect(view.query).toBe('?page=2');
    expect(view.countText).toBe('1\u00a0000 grappes sur 1\u00a0000');
    // Small enough for the page's HTML and the API: two charts of 15 bars and 50 rows.
    expect(JSON.stringify(view).length).toBeLessThan(60_000);
  });

  it('pages through the rows of a filter only', () => {
    const sector = nationalIds[0];
    const view = overviewView(national, parseSectorParam(sector, nationalIds));
    const shown = filterDataset(national, [sector]).clusters.length;
    expect(view.table.total).toBe(shown);
    expect(view.table.pageCount).toBe(Math.ceil(shown / 50));
  });
});

describe('filterDataset', () => {
  it('leaves out clusters without a sector when a filter is active', () => {
    expect(filterDataset(dataset, ['numerique']).clusters.map((c) => c.slug)).toEqual(['pole-numerique-regional']);
    expect(filterDataset(dataset, []).clusters).toHaveLength(9);
  });
});

describe('clustersCsv', () => {
  it('writes one row per cluster shown, missing figures empty, with the quote and the source', () => {
    const csv = clustersCsv(filterDataset(dataset, ['imprimerie', 'logistique']));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(';').slice(0, 6)).toEqual(['grappe', 'slug', 'lieu', 'secteur', 'vague', 'membres']);
    expect(lines[1]).toMatch(/^Club des imprimeurs artisans;club-des-imprimeurs-artisans;Marcq-en-Barœul;Imprimerie;2;15;entreprises;membres de la grappe;oui;est un mini cluster d'une quinzaine d'entreprises;700;/);
    expect(lines[2]).toMatch(/^Euralogistic;euralogistic;Hénin-Beaumont;Logistique;2;;;;;;;;;;;/);
    expect(lines[2]).toContain('J.-M. P.');
  });

  it('names the file after the filter', () => {
    expect(clustersCsvFileName([])).toBe('grappes.csv');
    expect(clustersCsvFileName(['plasturgie', 'emballage'])).toBe('grappes-plasturgie-emballage.csv');
  });
});
