// "Emplois par secteur": the employment the article gives for each sector, each bar marked with the scope it covers.
import type { Cluster, Dataset, Figure, OtherFigure } from '../../data/schema';
import { joinFrenchAtMost } from '../../format/lists';
import { barOf, sortBars, standInFor } from './bars';
import { othersSummary, topBars } from './grouping';
import { finishSpec } from './finish';
import type { ChartBar, ChartOptions, ChartSpec, MissingEntry } from './spec';
import { capitalize, caveatNotes, NAMES_IN_A_LINE, OTHER_CLUSTERS } from './words';

export function employmentChartSpec(dataset: Dataset, options: ChartOptions = {}): ChartSpec {
  const all: ChartBar[] = [];
  const missing: MissingEntry[] = [];
  for (const sector of dataset.sectors) {
    const clusters = dataset.clusters.filter((c) => c.sectorId === sector.id);
    const withFigure = clusters.filter((c) => employmentOf(c));
    for (const cluster of withFigure) {
      all.push(barOf(dataset, cluster, employmentOf(cluster)!, sector.label, cluster.name, options));
    }
    if (withFigure.length === 0) {
      const names = clusters.map((c) => c.name);
      const highlighted = options.highlight !== undefined && clusters.some((c) => c.slug === options.highlight);
      missing.push({
        key: sector.id,
        label: sector.label,
        reason: names.length > 0 ? `non communiqué (${joinFrenchAtMost(names, NAMES_IN_A_LINE, OTHER_CLUSTERS)})` : 'non communiqué',
        highlighted,
      });
    }
  }
  sortBars(all);
  const { bars, rest } = topBars(all, options);
  const notes = caveatNotes(bars);
  const unsectored = dataset.clusters.filter((c) => c.sectorId === null).map((c) => c.name);
  if (unsectored.length > 0) {
    notes.push(`${capitalize(joinFrenchAtMost(unsectored, NAMES_IN_A_LINE, OTHER_CLUSTERS))} : ni secteur ni chiffre dans l'article, donc absents de ce graphique.`);
  }
  const withoutFigure = dataset.clusters.filter((c) => !employmentOf(c)).length;
  return finishSpec(dataset, options, {
    id: 'emplois',
    title: 'Emplois par secteur',
    subtitle: "Emplois ou salariés cités par l'article pour chaque secteur, avec leur périmètre",
    notes,
    bars,
    rest,
    others: rest.length > 0 ? othersSummary(rest, withoutFigure, "d'emplois") : null,
    missing,
    unit: "d'emplois",
  });
}

function employmentOf(cluster: Cluster): Figure | OtherFigure | undefined {
  return cluster.employment ?? standInFor(cluster, 'employment');
}
