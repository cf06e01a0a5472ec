// A chart's bar from one cluster's figure, the figure that stands in for a missing one, and the order bars are drawn in.
import type { Cluster, Dataset, Figure, OtherFigure } from '../../data/schema';
import { SCOPE_INFO, SCOPES, scopeLabel } from '../../data/scopes';
import { formatFigureValue } from '../../format/french';
import { clusterHref } from '../../url/paths';
import { sectorStyles } from '../sectors';
import { NO_SECTOR_COLOR } from '../theme';
import type { ChartBar, ChartOptions, MissingEntry } from './spec';

export function standInFor(cluster: Cluster, figure: 'members' | 'employment'): OtherFigure | undefined {
  return cluster.otherFigures.find((f) => f.standsInFor === figure);
}

export function barOf(
  dataset: Dataset,
  cluster: Cluster,
  figure: Figure | OtherFigure,
  label: string,
  sublabel: string | null,
  options: ChartOptions,
): ChartBar {
  const styles = sectorStyles(options.palette ?? dataset.sectors);
  const color = cluster.sectorId ? (styles.get(cluster.sectorId)?.color ?? NO_SECTOR_COLOR) : NO_SECTOR_COLOR;
  const highlighted = options.highlight === cluster.slug;
  return {
    key: cluster.slug,
    label,
    sublabel,
    value: figure.value,
    valueText: formatFigureValue(figure.value, figure.approximate),
    detail: `${figure.counts} · ${scopeLabel(figure.scope)}${figure.approximate ? ' · approximatif' : ''}${figure.caveat ? ' · voir la note' : ''}`,
    scope: figure.scope,
    approximate: figure.approximate,
    color,
    pattern: SCOPE_INFO[figure.scope].pattern,
    quote: figure.quote,
    caveat: figure.caveat ?? null,
    href: clusterHref(cluster.slug),
    highlighted,
    dimmed: options.highlight !== undefined && !highlighted,
    rank: null,
  };
}

export function missingEntry(key: string, label: string, reason: string, options: ChartOptions): MissingEntry {
  return { key, label, reason, highlighted: options.highlight === key };
}

/** Bars grouped by scope (like with like: the clusters' own figures first), largest first in each group. */
export function sortBars(bars: ChartBar[]) {
  bars.sort(
    (a, b) =>
      SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || b.value - a.value || a.label.localeCompare(b.label, 'fr'),
  );
}

/** The scopes the bars cover, each once, in the bars' order. */
export function scopesOf(bars: ChartBar[]): ChartBar['scope'][] {
  return [...new Set(bars.map((b) => b.scope))];
}
