import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { datasetVersion } from '../data/version';
import { syntheticDataset } from '../synthetic/generator';
import { DEFAULT_VIEW } from '../url/view-query';
import { membersChartSpec } from './charts/members';
import { cardChart, overviewSocialMetadata, socialCard, socialCardPath, socialMetadata } from './social-card';

const dataset = readDatasetFile('data/clusters.json');
const cluster = (slug: string) => dataset.clusters.find((c) => c.slug === slug)!;
const SITE = { SITE_URL: 'https://data.journal.fr/grappes/' };

describe('socialCard', () => {
  it('says the whole overview in words: every sector, how many clusters of each wave', () => {
    const card = socialCard(dataset, { sectors: [] });
    expect(card.title).toBe("Membres et emplois des grappes d'entreprises");
    expect(card.filter).toBe('Tous les secteurs · 9 grappes sur 9 : 7 de la deuxième vague, 2 de la première');
    expect(card.imagePath).toBe(`/export/carte.png?v=${datasetVersion(dataset)}`);
    expect(card.charts.map((c) => c.bars.length)).toEqual([6, 5]);
  });

  it('puts a filtered view’s sector in its title, its filter and its picture’s address', () => {
    const card = socialCard(dataset, { sectors: ['plasturgie'] });
    expect(card.title).toBe('Plasturgie : membres et emplois des grappes');
    expect(card.filter).toBe('Secteur : plasturgie · 1 grappe sur 9 : 1 de la deuxième vague');
    expect(card.imagePath).toBe(`/export/carte.png?secteur=plasturgie&v=${datasetVersion(dataset)}`);
    expect(card.description).toBe('Secteur : plasturgie. 1 grappe sur 9 (1 de la deuxième vague), avec les membres et les emplois de chacune, chaque chiffre avec son périmètre et sa source.');
    expect(card.charts[1].bars.map((b) => b.label)).toEqual(['Plasturgie']);
    expect(card.alt).toContain('Plasturgie (Action Plasturgie Artois Flandres), 11\u00a0500 salariés (toute la filière en région)');
  });

  it('counts the sectors past four instead of naming them, so that the line stays a line', () => {
    const ids = dataset.sectors.map((s) => s.id).slice(0, 6);
    const card = socialCard(dataset, { sectors: ids });
    expect(card.title).toBe('Membres et emplois des grappes de six secteurs');
    expect(card.filter).toMatch(/^Secteurs : plasturgie, ferroviaire, imprimerie, logistique et 2 autres secteurs · 6 grappes sur 9/);
    expect(socialCardPath(dataset, { sectors: [...ids].reverse() })).toBe(`/export/carte.png?secteur=${ids.join(',')}&v=${datasetVersion(dataset)}`);
  });

  it('gives the picture a new address when the dataset is corrected, so that no cache keeps the old one', () => {
    const corrected = { ...dataset, corrections: [{ date: '2026-12-02', text: 'le nombre de membres de Nord Package est de 11, et non 12.', cluster: 'nord-package' }] };
    const [before, after] = [socialCardPath(dataset, { sectors: ['plasturgie'] }), socialCardPath(corrected, { sectors: ['plasturgie'] })];
    expect(after).not.toBe(before);
    expect(after.replace(/&v=.*/, '')).toBe(before.replace(/&v=.*/, ''));
  });

  it('names a cluster, its sector, town and wave, and its own figures in the text alternative', () => {
    const card = socialCard(dataset, { cluster: cluster('nord-package') });
    expect(card.title).toBe('Nord Package');
    expect(card.filter).toBe('Emballage, papier et carton · Saint-Omer · 2e vague, annoncée le 21 janvier 2011');
    expect(card.imagePath).toBe(`/export/carte.png?grappe=nord-package&v=${datasetVersion(dataset)}`);
    expect(card.alt).toContain('Membres par grappe : Nord Package, 11 entreprises (membres de la grappe), parmi 6 barres.');
    expect(card.alt).toContain('Emplois par secteur : Emballage, papier et carton (Nord Package), 6\u00a0700 emplois (toute la filière en région), parmi 5 barres.');
  });

  it('says when the cluster has no figure in a chart', () => {
    const card = socialCard(dataset, { cluster: cluster('pole-numerique-regional') });
    expect(card.alt).toContain('Membres par grappe : Pôle numérique régional : non communiqué, parmi 6 barres.');
    expect(card.alt).not.toContain('voir la note');
  });
});

describe('cardChart', () => {
  it('keeps the first bars panel by panel and says what it leaves out', () => {
    const chart = cardChart(membersChartSpec(dataset), 4);
    expect(chart.panels.map((p) => [p.panel.heading, p.bars.map((b) => b.valueText)])).toEqual([['Membres de la grappe', ['80', '60', '≈ 15', '11']]]);
    expect(chart.leftOut).toBe('et 2 autres barres : le graphique complet sur le site');
    expect(chart.missing).toBeNull();
  });

  it('keeps the cluster a card picks out, whatever its rank, and its missing figure', () => {
    const chart = cardChart(membersChartSpec(dataset, { highlight: 'euralogistic' }), 3);
    expect(chart.panels.map((p) => p.bars.map((b) => b.label))).toEqual([['Association des industries ferroviaires', 'Action Plasturgie Artois Flandres'], ['Euralogistic']]);
    expect(cardChart(membersChartSpec(dataset, { highlight: 'clubtex' }), 3).missing).toBe('Clubtex : non communiqué (1re vague, 2010)');
  });

  it('counts the clusters a large chart does not draw', () => {
    const chart = cardChart(membersChartSpec(syntheticDataset(300, 2)), 6);
    expect(chart.leftOut).toMatch(/^et 9 autres barres ; Autres : \d+ grappes : le graphique complet sur le site$/);
  });
});

describe('socialMetadata', () => {
  it('gives absolute addresses from SITE_URL, the picture’s size and alt, French locale and a large Twitter card', () => {
    const card = socialCard(dataset, { sectors: ['plasturgie'] });
    const metadata = socialMetadata(card, '/?secteur=plasturgie', SITE);
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      locale: 'fr_FR',
      siteName: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)",
      url: 'https://data.journal.fr/grappes/?secteur=plasturgie',
      images: [{ url: `https://data.journal.fr/grappes/export/carte.png?secteur=plasturgie&v=${datasetVersion(dataset)}`, width: 1200, height: 630, alt: card.alt }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `https://data.journal.fr/grappes/export/carte.png?secteur=plasturgie&v=${datasetVersion(dataset)}` }] });
  });

  it('gives an overview its canonical address, sort and page included, defaults left out', () => {
    const view = { ...DEFAULT_VIEW, sectors: ['emballage', 'plasturgie'], page: 1 };
    expect(overviewSocialMetadata(dataset, view, SITE).openGraph).toMatchObject({ url: 'https://data.journal.fr/grappes/?secteur=plasturgie,emballage' });
    expect(overviewSocialMetadata(dataset, DEFAULT_VIEW, SITE).openGraph).toMatchObject({ url: 'https://data.journal.fr/grappes/', title: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" });
  });
});
