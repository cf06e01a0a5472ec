import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../data/load';
import { syntheticDataset } from '../synthetic/generator';
import { chartAltText } from './alt-text';
import { employmentChartSpec } from './charts/employment';
import { membersChartSpec } from './charts/members';
import { filteredCharts } from './overview';

const dataset = readDatasetFile('data/clusters.json');
const NBSP = '\u00a0';

function altOf(chart: 'membres' | 'emplois', sectors: string[] = [], highlight?: string) {
  const { shown, options } = filteredCharts(dataset, sectors);
  const spec = (chart === 'membres' ? membersChartSpec : employmentChartSpec)(shown, { ...options, highlight });
  return chartAltText(spec).replaceAll(NBSP, ' ');
}

describe('the members chart’s text alternative', () => {
  const text = altOf('membres');

  it('says what is compared, and names the largest and smallest of the clusters’ own members', () => {
    expect(text).toMatch(/^Diagramme en barres horizontales : nombre de membres de 6 grappes, en 2 panneaux à ne pas comparer entre eux\./);
    expect(text).toContain('Membres de la grappe : la plus grande, Association des industries ferroviaires (80 membres actifs) ; la plus petite, Initiatives et Cité (10 entreprises adhérentes).');
  });

  it('keeps the pole’s 400 firms in a scope of their own, never the largest of the members', () => {
    expect(text).toContain('Pôle régional, pas la grappe : Euralogistic (400 entreprises).');
    expect(text).toContain("Les membres comptent tantôt les seules entreprises de la grappe, tantôt un pôle qui n'est pas la grappe.");
  });

  it('says an approximate figure in words, and names what is missing without a zero', () => {
    expect(text).toContain('Club des imprimeurs artisans (environ 15 entreprises)');
    expect(text).toContain('Non communiqué (sans barre ni zéro) : Pôle numérique régional, Clubtex et Club développeurs.');
    expect(text).not.toMatch(/\b0\b/);
  });

  it('is short enough to be read out', () => {
    expect(text.length).toBeLessThanOrEqual(650);
  });
});

describe('the employment chart’s text alternative', () => {
  const text = altOf('emplois');

  it('finds largest and smallest scope by scope, never across them', () => {
    expect(text).toContain('en 3 panneaux à ne pas comparer entre eux');
    expect(text).toContain('Membres de la grappe : la plus grande, Ferroviaire (9 408 emplois) ; la plus petite, Imprimerie (700 salariés).');
    expect(text).toContain('Toute la filière en région : la plus grande, Plasturgie (11 500 salariés) ; la plus petite, Emballage, papier et carton (6 700 emplois).');
    expect(text).toContain('Métropole lilloise seulement : Numérique (19 000 salariés).');
    // 19 000 is the largest figure of the chart, but of one metropolitan area only: never "la plus grande".
    expect(text).not.toMatch(/la plus grande, Numérique/);
  });

  it('says the scopes differ, and what is missing', () => {
    expect(text).toContain('Les emplois comptent tantôt les seules entreprises de la grappe, tantôt toute la filière en région, tantôt la seule métropole lilloise (un minimum).');
    expect(text).toContain('Non communiqué (sans barre ni zéro) : Logistique et Économie sociale et solidaire.');
    expect(text.length).toBeLessThanOrEqual(650);
  });
});

describe('a filtered view', () => {
  it('with one bar names it and the filter, and says what its scope covers', () => {
    expect(altOf('membres', ['plasturgie'])).toBe(
      'Diagramme en barres horizontales : nombre de membres de 1 grappe, secteurs : plasturgie. Membres de la grappe : Action Plasturgie Artois Flandres (60 industriels plasturgistes).',
    );
    expect(altOf('emplois', ['plasturgie'])).toBe(
      'Diagramme en barres horizontales : emplois de 1 secteur, secteurs : plasturgie. Toute la filière en région : Plasturgie (11 500 salariés). Toute la filière dans la région, bien au-delà des membres de la grappe.',
    );
  });

  it('with nothing to draw says so, and names the missing figure', () => {
    expect(altOf('emplois', ['economie-sociale'])).toBe(
      "Diagramme en barres horizontales : emplois, secteurs : économie sociale et solidaire. Aucune barre : l'article ne donne aucun chiffre pour cette sélection. Non communiqué (sans barre ni zéro) : Économie sociale et solidaire.",
    );
  });
});

describe('a cluster page’s chart', () => {
  it('names the cluster picked out, drawn or missing', () => {
    expect(altOf('membres', [], 'nord-package')).toContain('Mise en évidence : Nord Package.');
    expect(altOf('membres', [], 'pole-numerique-regional')).toContain('Pôle numérique régional (mise en évidence)');
  });
});

describe('a chart that does not draw every cluster', () => {
  it('counts the others without adding their figures up, and stays short', () => {
    const text = chartAltText(membersChartSpec(syntheticDataset(1000, 7)));
    expect(text).toMatch(/Autres : 985 grappes, comptées sous le graphique sans barre\./);
    expect(text.length).toBeLessThanOrEqual(700);
  });
});
