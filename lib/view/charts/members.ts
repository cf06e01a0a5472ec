// "Membres par grappe": members of each cluster, stand-in figures drawn in their own scope, missing ones listed.
import type { Dataset, OtherFigure } from '../../data/schema';
import { scopeLabel } from '../../data/scopes';
import { formatNumber } from '../../format/french';
import { joinFrench } from '../../format/lists';
import { notGivenReason } from '../wave';
import { barOf, missingEntry, sortBars, standInFor } from './bars';
import { maxBarsOf, othersSummary, topBars } from './grouping';
import { finishSpec } from './finish';
import type { ChartBar, ChartOptions, ChartSpec, MissingEntry } from './spec';
import { caveatNotes } from './words';

export function membersChartSpec(dataset: Dataset, options: ChartOptions = {}): ChartSpec {
  const all: ChartBar[] = [];
  const allMissing: MissingEntry[] = [];
  for (const cluster of dataset.clusters) {
    const figure = cluster.members ?? standInFor(cluster, 'members');
    if (figure) {
      all.push(barOf(dataset, cluster, figure, cluster.name, null, options));
    } else {
      allMissing.push(missingEntry(cluster.slug, cluster.name, notGivenReason(cluster), options));
    }
  }
  sortBars(all);
  const { bars, rest } = topBars(all, options);
  // Past the top bars, or past as many names, a list of every cluster without a figure would be as
  // long as the table: they are counted with the others, and only the cluster a page picks out keeps its line.
  const listsEveryMissing = rest.length === 0 && allMissing.length <= maxBarsOf(options);
  const missing = listsEveryMissing ? allMissing : allMissing.filter((m) => m.highlighted);
  const drawn = new Set(bars.map((b) => b.key));
  const notes: string[] = [];
  const counted = [...new Set(bars.filter((b) => b.scope === 'members').map((b) => `« ${countsOf(dataset, b.key)} »`))];
  notes.push(
    `Chaque barre compte ce que l'article compte, écrit sous la barre : ${joinFrench(counted)}. Ce ne sont pas toujours des entreprises au sens strict.`,
  );
  for (const cluster of dataset.clusters) {
    const standIn = standInFor(cluster, 'members');
    if (!cluster.members && standIn && drawn.has(cluster.slug)) {
      notes.push(
        `${cluster.name} : nombre de membres non communiqué. Sa barre montre les ${formatNumber(standIn.value)} ${standIn.counts} du ${poleOrSector(standIn)}, qui ne sont pas ses membres.`,
      );
    }
  }
  if (bars.some((b) => b.approximate)) notes.push('≈ : chiffre approximatif (l\'article écrit « une quinzaine »).');
  notes.push(...caveatNotes(bars));
  const withoutFigure = allMissing.length - missing.length;
  return finishSpec(dataset, options, {
    id: 'membres',
    title: 'Membres par grappe',
    subtitle: "Entreprises membres de chaque grappe de la région, telles que l'article les compte",
    notes,
    bars,
    rest,
    others: listsEveryMissing ? null : othersSummary(rest, withoutFigure, 'de membres'),
    missing,
    unit: 'de membres',
  });
}

function poleOrSector(figure: OtherFigure): string {
  return figure.scope === 'pole' ? 'pôle régional' : scopeLabel(figure.scope);
}

function countsOf(dataset: Dataset, slug: string): string {
  return dataset.clusters.find((c) => c.slug === slug)?.members?.counts ?? '';
}
