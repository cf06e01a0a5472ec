import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import type { Dataset } from '../data/schema';
import { syntheticDataset } from '../synthetic/generator';
import { CARD_SIZE, socialCard, type CardSubject } from '../view/social-card';
import { parseCardRequest } from './card-request';
import { EXPORT_FONTS, measureText, type FontRole } from './fonts';
import { composeSocialCard, fitLine } from './social-card-svg';

const dataset = readDatasetFile('data/clusters.json');
/** The patterns as the charts draw them are not what these tests read: any fill will do. */
const patternMarkup = (id: string) => `<pattern id="${id}"/>`;
const compose = (data: Dataset, subject: CardSubject) => composeSocialCard({ card: socialCard(data, subject), patternMarkup, measure: measureText });

type DrawnText = { left: number; right: number; y: number; size: number; text: string };

/** Every line the card prints, where it starts and ends, measured with the fonts the PNG is drawn with. */
function drawnTexts(svg: string): DrawnText[] {
  const found = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)" font-family="'([^']+)'[^"]*" font-weight="(\d+)"[^>]*?(?: letter-spacing="([\d.]+)")?( text-anchor="end")?>([^<]*)<\/text>/g)];
  return found.map(([, x, y, size, family, weight, spacing, end, escaped]) => {
    const text = escaped.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const role = (Object.keys(EXPORT_FONTS) as FontRole[]).find((r) => EXPORT_FONTS[r].family === family && EXPORT_FONTS[r].weight === Number(weight))!;
    const width = measureText(text, role, Number(size)) + (spacing ? Number(spacing) * [...text].length : 0);
    const left = end ? Number(x) - width : Number(x);
    return { left, right: left + width, y: Number(y), size: Number(size), text };
  });
}

/** A text runs off the card, or into the other column (but the correction line, which spans both). */
function overflowing(svg: string): DrawnText[] {
  const column = (CARD_SIZE.width - 2 * 56 - 48) / 2;
  return drawnTexts(svg).filter((t) => {
    const inRightColumn = t.left >= 56 + column + 48 - 0.5;
    const inLeftColumnOnly = t.left < CARD_SIZE.width / 2 && t.right > 56 + column + 0.5 && t.size < 24 && t.y > 200 && t.y < 560 && !t.text.startsWith('Corrigé');
    return t.left < 56 - 0.5 || t.right > CARD_SIZE.width - 56 + 0.5 || t.y > CARD_SIZE.height - 8 || (inRightColumn && t.right > CARD_SIZE.width - 56 + 0.5) || inLeftColumnOnly;
  });
}

describe('composeSocialCard', () => {
  it('is a 1200 × 630 picture with its title, filter, both charts and the source', () => {
    const card = compose(dataset, { sectors: ['plasturgie'] });
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(card.svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    const lines = drawnTexts(card.svg).map((t) => t.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        "GRAPPES D'ENTREPRISES DU NORD-PAS-DE-CALAIS (JANVIER 2011)",
        'Plasturgie : membres et emplois des grappes',
        'Secteur : plasturgie · 1 grappe sur 9 : 1 de la deuxième vague',
        'Membres par grappe',
        'Emplois par secteur',
        'Action Plasturgie Artois Flandres',
        '60',
        '11\u00a0500',
        "Grappes d'entreprises",
      ]),
    );
    expect(lines.join(' ')).toContain('Source\u00a0: «\u00a0Sept nouvelles');
  });

  it('keeps every line inside the card and its column, whatever the filter or the cluster', () => {
    for (const subject of [{ sectors: [] }, { sectors: ['plasturgie'] }, { sectors: dataset.sectors.map((s) => s.id).slice(0, 6) }, ...dataset.clusters.map((cluster) => ({ cluster }))]) {
      expect(overflowing(compose(dataset, subject).svg), JSON.stringify(subject).slice(0, 80)).toEqual([]);
    }
  });

  it('prints the latest correction above the source, under every bar, and counts the others', () => {
    const one = { date: '2026-12-02', text: 'le nombre de membres de Nord Package est de 11, et non 12.', cluster: 'nord-package' };
    const two = { date: '2026-12-03', text: 'les emplois de la plasturgie couvrent toute la filière.', cluster: 'action-plasturgie-artois-flandres' };
    const texts = (data: Dataset) => drawnTexts(compose(data, { sectors: [] }).svg);
    expect(texts(dataset).some((t) => t.text.startsWith('Corrigé'))).toBe(false);

    const single = texts({ ...dataset, corrections: [one] });
    const line = single.find((t) => t.text.startsWith('Corrigé'))!;
    expect(line.text).toMatch(/^Corrigé le 2.décembre 2026 : le nombre de membres de Nord Package est de 11, et non 12\.$/);
    const source = single.find((t) => t.text.startsWith('Source'))!;
    expect(line.y).toBeLessThan(source.y);
    const lowestBar = Math.max(...single.filter((t) => t.y > 200 && t !== line && t.y < source.y - 20).map((t) => t.y));
    expect(lowestBar).toBeLessThan(line.y - 16);

    const both = texts({ ...dataset, corrections: [two, one] }).find((t) => t.text.startsWith('Corrigé'))!;
    expect(both.text).toMatch(/^Corrigé le 3.décembre 2026 : les emplois de la plasturgie couvrent toute la filière\. \(et une autre correction sur le site\)$/);
    expect(overflowing(compose({ ...dataset, corrections: [two, one] }, { sectors: [] }).svg)).toEqual([]);
  });

  it('cuts a very long title to two lines and a long list of sectors with an ellipsis, inside the card', () => {
    const national = syntheticDataset(400, 3);
    const long = { ...national.clusters[0], name: `${'Grappe au nom interminable '.repeat(4)}fin`.slice(0, 120) };
    const data = { ...national, clusters: [long, ...national.clusters.slice(1)] };
    const clusterCard = compose(data, { cluster: long });
    const titleLines = drawnTexts(clusterCard.svg).filter((t) => t.size === 44);
    expect(titleLines).toHaveLength(2);
    expect(titleLines[1].text).toMatch(/…$/);
    expect(overflowing(clusterCard.svg)).toEqual([]);
    const everySector = compose(data, { sectors: national.sectors.map((s) => s.id).slice(0, 11) });
    expect(overflowing(everySector.svg)).toEqual([]);
    expect(drawnTexts(everySector.svg).some((t) => /et 7 autres secteurs/.test(t.text))).toBe(true);
  });

  it('draws a cluster’s own bar outlined in ink, and says when it has none', () => {
    const card = compose(dataset, { cluster: dataset.clusters.find((c) => c.slug === 'pole-numerique-regional')! });
    expect(drawnTexts(card.svg).map((t) => t.text)).toContain('Pôle numérique régional : non communiqué');
    expect(card.svg).toMatch(/<rect [^>]*stroke="#1a1a1a" stroke-width="2.5"/);
  });
});

describe('fitLine', () => {
  it('cuts a line at a word with an ellipsis, and leaves a short one whole', () => {
    expect(fitLine('Plasturgie', 'sans', 20, 500, measureText)).toBe('Plasturgie');
    const cut = fitLine('Emballage, papier et carton · Nord Package', 'sans', 20, 200, measureText);
    expect(cut).toMatch(/^Emballage, papier…$|^Emballage, papier et…$/);
    expect(measureText(cut, 'sans', 20)).toBeLessThanOrEqual(200);
  });
});

describe('parseCardRequest', () => {
  const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };

  it('reads a filter (the known sectors, in the dataset’s order) or a cluster', () => {
    expect(parseCardRequest('png', { secteur: 'emballage,plasturgie,spatial' }, known)).toEqual({ ok: true, request: { format: 'png', sectors: ['plasturgie', 'emballage'], cluster: null } });
    expect(parseCardRequest('svg', { grappe: 'nord-package' }, known)).toEqual({ ok: true, request: { format: 'svg', sectors: [], cluster: 'nord-package' } });
  });

  it('refuses an unknown cluster (404), or a cluster with a filter (400), before any drawing', () => {
    expect(parseCardRequest('png', { grappe: 'inconnue' }, known)).toMatchObject({ ok: false, status: 404, message: 'grappe inconnue « inconnue »' });
    expect(parseCardRequest('png', { grappe: 'nord-package', secteur: 'plasturgie' }, known)).toMatchObject({ ok: false, status: 400 });
    expect(parseCardRequest('pdf', {}, known)).toMatchObject({ ok: false, status: 400 });
  });
});
