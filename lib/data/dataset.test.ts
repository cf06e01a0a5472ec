import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleContains, flowArticle } from './article';
import { findCluster } from './find';
import { readDatasetFile } from './load';
import { parseFrenchNumber } from '../format/french';
import type { Dataset } from './schema';

const dataset = readDatasetFile('data/clusters.json');
/** The source article, kept in the repository: the check runs wherever the project is cloned. */
const ARTICLE = path.resolve(__dirname, '../../data/source/article.txt');

function allQuotes(data: Dataset): Array<{ where: string; quote: string }> {
  const quotes = [{ where: 'programme.definitionQuote', quote: data.programme.definitionQuote }];
  data.programme.figures.forEach((f) => quotes.push({ where: `programme.figures.${f.id}`, quote: f.quote }));
  for (const c of data.clusters) {
    quotes.push({ where: `${c.slug}.mentionQuote`, quote: c.mentionQuote });
    if (c.members) quotes.push({ where: `${c.slug}.members`, quote: c.members.quote });
    if (c.employment) quotes.push({ where: `${c.slug}.employment`, quote: c.employment.quote });
    c.otherFigures.forEach((f, i) => quotes.push({ where: `${c.slug}.otherFigures[${i}]`, quote: f.quote }));
    c.people.forEach((p) => p.quotes.forEach((q) => quotes.push({ where: `${c.slug}.people.${p.name}`, quote: q })));
  }
  return quotes;
}

describe('the built-in dataset', () => {
  it('quotes the article word for word', () => {
    // readFileSync throws when the file is absent: the test fails, it never skips.
    const flowed = flowArticle(readFileSync(ARTICLE, 'utf8'), dataset.source.photoCaption);
    const notFound = allQuotes(dataset).filter(({ quote }) => !articleContains(flowed, quote));
    expect(notFound).toEqual([]);
    expect(allQuotes(dataset).length).toBeGreaterThan(25);
  });

  it('writes each figure in its own quote, and reads it back as its value', () => {
    const figures = [
      ...dataset.programme.figures,
      ...dataset.clusters.flatMap((c) => [c.members, c.employment, ...c.otherFigures].filter((f) => f !== null)),
    ];
    expect(figures.length).toBe(20);
    for (const figure of figures) {
      expect(figure.quote.replace(/\s+/g, ' ')).toContain(figure.asWritten);
      expect(parseFrenchNumber(figure.asWritten)).toEqual({ value: figure.value, approximate: figure.approximate });
    }
  });

  it('holds the seven clusters of the second wave and the two of the first', () => {
    const wave = (n: number) => dataset.clusters.filter((c) => c.wave === n).map((c) => c.name);
    expect(wave(2)).toEqual([
      'Action Plasturgie Artois Flandres',
      'Association des industries ferroviaires',
      'Club des imprimeurs artisans',
      'Euralogistic',
      'Initiatives et Cité',
      'Nord Package',
      'Pôle numérique régional',
    ]);
    expect(wave(1)).toEqual(['Clubtex', 'Club développeurs']);
    const selected = dataset.programme.figures.find((f) => f.id === 'selected-in-region');
    expect(selected?.value).toBe(wave(2).length);
  });

  it('keeps the national figures of the article', () => {
    const value = (id: string) => dataset.programme.figures.find((f) => f.id === id)?.value;
    expect(value('retained-nationally')).toBe(84);
    expect(value('budget')).toBe(24_000_000);
    expect(value('budget-years')).toBe(2);
    expect(value('supported-since')).toBe(2009);
    expect(dataset.programme.secondWaveAnnouncedOn).toBe('2011-01-21');
    expect(dataset.source.printedDate).toBeNull();
    expect(dataset.source.publication).toBeNull();
  });

  it('reads every figure with the scope the brief gives it', () => {
    const get = (slug: string) => {
      const cluster = findCluster(dataset, slug);
      if (!cluster) throw new Error(`no cluster ${slug}`);
      return cluster;
    };
    const apaf = get('action-plasturgie-artois-flandres');
    expect(apaf.members).toMatchObject({ value: 60, counts: 'industriels plasturgistes', scope: 'members' });
    expect(apaf.employment).toMatchObject({ value: 11500, scope: 'regional-sector' });
    expect(apaf.otherFigures[0]).toMatchObject({ value: 200, scope: 'regional-sector' });

    const aif = get('association-des-industries-ferroviaires');
    expect(aif.members).toMatchObject({ value: 80, counts: 'membres actifs', scope: 'members' });
    expect(aif.employment).toMatchObject({ value: 9408, scope: 'members' });
    expect(aif.employment?.caveat).toMatch(/ambiguë/);

    const printers = get('club-des-imprimeurs-artisans');
    expect(printers.members).toMatchObject({ value: 15, approximate: true, asWritten: 'une quinzaine' });
    expect(printers.employment).toMatchObject({ value: 700, scope: 'members' });

    const logistics = get('euralogistic');
    expect(logistics.members).toBeNull();
    expect(logistics.employment).toBeNull();
    expect(logistics.otherFigures.map((f) => [f.value, f.scope])).toEqual([
      [400, 'pole'],
      [10, 'pole'],
      [50, 'pole'],
    ]);

    const ess = get('initiatives-et-cite');
    expect(ess.members).toMatchObject({ value: 10, counts: 'entreprises adhérentes' });
    expect(ess.employment).toBeNull();

    const packaging = get('nord-package');
    expect(packaging.members).toMatchObject({ value: 11, scope: 'members' });
    expect(packaging.employment).toMatchObject({ value: 6700, scope: 'regional-sector' });
    expect(packaging.otherFigures[0]).toMatchObject({ value: 40 });
    expect(packaging.people[0]).toMatchObject({ name: 'Dominique Brunent', role: null });

    const digital = get('pole-numerique-regional');
    expect(digital.members).toBeNull();
    expect(digital.employment).toMatchObject({ value: 19000, scope: 'metro-area' });

    for (const slug of ['clubtex', 'club-developpeurs']) {
      expect(get(slug)).toMatchObject({ wave: 1, sectorId: null, members: null, employment: null });
    }
  });
});

describe('flowArticle', () => {
  it('joins a word hyphenated across a column break around the photo caption', () => {
    const text = 'une véritable recon-\n\n\nLégende de la photo.\n\nnaissance pour ce réseau';
    expect(flowArticle(text, 'Légende de la photo.')).toBe('une véritable reconnaissance pour ce réseau');
  });

  it('keeps hyphens inside words', () => {
    expect(flowArticle('à Hénin-Beaumont et Saint-Omer', 'x')).toBe('à Hénin-Beaumont et Saint-Omer');
  });
});
