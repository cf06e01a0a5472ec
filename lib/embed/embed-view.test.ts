import { describe, expect, it } from 'vitest';
import { embedPath, embedSegment, embedSegmentParams, fullViewPath, readEmbed } from './embed-view';

const known = { sectorIds: ['plasturgie', 'emballage', 'numerique'], clusterSlugs: ['nord-package', 'clubtex'] };
const read = (chart: string, query: string) => readEmbed(chart, new URLSearchParams(query), known);
const segment = (chart: string, query: string) => embedSegment(chart, new URLSearchParams(query), known);

describe('readEmbed', () => {
  it('reads the chart, the filter in the dataset’s order, the cluster and the theme', () => {
    expect(read('emplois', 'secteur=numerique,plasturgie&grappe=nord-package&theme=sombre')).toEqual({
      ok: true,
      view: { chart: 'emplois', sectors: ['plasturgie', 'numerique'], highlight: 'nord-package', theme: 'sombre' },
    });
    expect(read('membres', '')).toEqual({ ok: true, view: { chart: 'membres', sectors: [], highlight: null, theme: null } });
  });

  it('refuses what would show another view than the one asked for', () => {
    for (const [chart, query] of [
      ['carte', ''],
      ['membres', 'secteur=aeronautique'],
      ['membres', 'secteur=plasturgie,'],
      ['membres', 'secteur=plasturgie&secteur=plasturgie'],
      ['membres', 'grappe=inconnue'],
      ['membres', 'grappe=nord-package&grappe=clubtex'],
      ['membres', 'theme=bleu'],
      ['membres', 'theme=clair&theme=sombre'],
    ]) {
      expect(read(chart, query), `${chart}?${query}`).toMatchObject({ ok: false, status: 404 });
    }
  });

  it('ignores the parameters it does not read', () => {
    expect(read('membres', 'utm_source=journal&secteur=emballage')).toMatchObject({ ok: true, view: { sectors: ['emballage'] } });
  });
});

describe('embedSegment', () => {
  it('gives every spelling of a view one segment, and the default view its own name', () => {
    const one = segment('membres', 'secteur=numerique,plasturgie&theme=clair');
    expect(one).toBe('secteur=plasturgie,numerique&theme=clair');
    expect(segment('membres', 'theme=clair&secteur=plasturgie&secteur=numerique&utm_medium=x')).toBe(one);
    expect(segment('membres', 'secteur=plasturgie,emballage,numerique')).toBe('tout');
    expect(segment('membres', 'secteur=inconnu')).toBeNull();
    expect(embedSegmentParams('tout').toString()).toBe('');
    expect(embedSegmentParams(one!).get('theme')).toBe('clair');
  });
});

describe('embedPath and fullViewPath', () => {
  it('writes the embed’s address and the page that has all its data', () => {
    const view = { chart: 'membres' as const, sectors: ['plasturgie', 'emballage'], highlight: null, theme: null };
    expect(embedPath(view)).toBe('/integrer/membres?secteur=plasturgie,emballage');
    expect(embedPath({ ...view, sectors: [], theme: 'sombre' })).toBe('/integrer/membres?theme=sombre');
    expect(fullViewPath(view)).toBe('/?secteur=plasturgie,emballage');
    expect(fullViewPath({ sectors: [], highlight: null })).toBe('/');
    // The cluster's page is about the cluster the embed picks out.
    expect(fullViewPath({ sectors: ['emballage'], highlight: 'nord-package' })).toBe('/grappes/nord-package');
  });
});
