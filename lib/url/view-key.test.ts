import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import { DEFAULT_VIEW_SEGMENT, segmentParams, viewSegment } from './view-key';
import { readView } from './view-query';

const dataset = readDatasetFile('data/clusters.json');
const segmentOf = (query: string, data = dataset) => viewSegment(new URLSearchParams(query), data);

describe('viewSegment', () => {
  it('gives every spelling of one view one segment, its canonical query', () => {
    const spellings = [
      'secteur=plasturgie,emballage',
      'secteur=emballage,plasturgie',
      'secteur=plasturgie&secteur=emballage',
      'secteur=PLASTURGIE,emballage&page=1&tri=grappe',
      'secteur=plasturgie%2Cemballage&utm_source=lettre',
    ];
    expect(new Set(spellings.map((q) => segmentOf(q)))).toEqual(new Set(['secteur=plasturgie,emballage']));
    expect(segmentOf('tri=membres&ordre=decroissant')).toBe('tri=membres&ordre=decroissant');
  });

  it('names the default view, whatever else the query holds', () => {
    for (const query of ['', 'page=1', 'tri=grappe&ordre=croissant', '_rsc=abc', `x=${'y'.repeat(5000)}`]) {
      expect(segmentOf(query), query.slice(0, 20)).toBe(DEFAULT_VIEW_SEGMENT);
    }
    const everySector = dataset.sectors.map((s) => s.id).join(',');
    expect(segmentOf(`secteur=${everySector}`)).toBe(DEFAULT_VIEW_SEGMENT);
  });

  it('gives unreadable table values their defaults, so that made-up values add no key', () => {
    const made = Array.from({ length: 50 }, (_, i) => segmentOf(`secteur=numerique&page=x${i}&tri=prix${i}&ordre=${i}`));
    expect(new Set(made)).toEqual(new Set(['secteur=numerique']));
  });

  it('takes a page past the last as the last, as the table shows it', () => {
    expect(segmentOf('page=999999')).toBe(DEFAULT_VIEW_SEGMENT);
    const large = syntheticDataset(1000, 1);
    expect(segmentOf('page=3', large)).toBe('page=3');
    expect(segmentOf('page=999999', large)).toBe(`page=${Math.ceil(1000 / 50)}`);
  });

  it('gives none when the page must say what it dropped of the filter', () => {
    for (const query of ['secteur=plasturgie,aeronautique', 'secteur=,,', 'secteur=plasturgie&secteur=plasturgie', `secteur=${'x'.repeat(600)}`, 'secteur=%E9%00']) {
      expect(segmentOf(query), query.slice(0, 30)).toBeNull();
    }
  });

  it('reads back as the view it names', () => {
    for (const query of ['', 'secteur=numerique,plasturgie', 'tri=lieu&ordre=decroissant']) {
      const ids = dataset.sectors.map((s) => s.id);
      expect(readView(segmentParams(segmentOf(query)!), ids).view).toEqual(readView(new URLSearchParams(query), ids).view);
    }
  });
});
