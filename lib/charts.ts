// Chart specs: plain data (texts, bars, literal colours) from which a chart is drawn, on a page or in an export.
import type { Cluster, Dataset, Figure, OtherFigure, Sector } from './schema';
import { formatDate, formatFigureValue, formatNumber } from './french';
import { SCOPE_INFO, SCOPES, scopeLabel, type BarPattern } from './scopes';
import { NO_SECTOR_COLOR, sectorStyles } from './sectors';

export type ChartId = 'membres' | 'emplois';

export type ChartBar = {
  /** The cluster's slug: every bar belongs to one cluster. */
  key: string;
  label: string;
  sublabel: string | null;
  value: number;
  /** "60", "≈ 15", "11 500". */
  valueText: string;
  /** What the bar counts and over which scope: "industriels plasturgistes · membres de la grappe". */
  detail: string;
  scope: Figure['scope'];
  approximate: boolean;
  color: string;
  pattern: BarPattern;
  quote: string;
  caveat: string | null;
  href: string;
  highlighted: boolean;
  dimmed: boolean;
};

export type MissingEntry = { key: string; label: string; reason: string; highlighted: boolean };

export type LegendEntry = { pattern: BarPattern; label: string; description: string };

export type ChartSpec = {
  id: ChartId;
  title: string;
  subtitle: string;
  /** What the bars count, the approximations, the caveats: printed under the chart. */
  notes: string[];
  source: string;
  /** A sentence for readers who do not see the chart: largest, smallest, what is missing. */
  summary: string;
  bars: ChartBar[];
  missing: MissingEntry[];
  legend: LegendEntry[];
  width: number;
  height: number;
};

export type ChartOptions = {
  /** Slug of the cluster to highlight; the others are dimmed. */
  highlight?: string;
  /** The active filter in words ("Secteurs : plasturgie, emballage"), added to the subtitle. */
  selectionLabel?: string;
  /** Sectors to assign colours from, when the dataset is a filtered one: colours never move. */
  palette?: Sector[];
};

/** Neutral ink for legend swatches: the legend explains patterns (scopes), not sector colours. */
export const LEGEND_INK = '#404040';
export const CHART_WIDTH = 560;
export const CHART_ROW_HEIGHT = 72;
const CHART_PADDING = 16;

export function clusterHref(slug: string): string {
  return `/grappes/${slug}`;
}

/** "Source : « Sept nouvelles … », J.-M. P., presse régionale, vers le 22 janvier 2011. Label … DATAR." */
export function sourceLine(dataset: Dataset): string {
  const { source, programme } = dataset;
  const date = source.printedDate
    ? `le ${formatDate(source.printedDate)}`
    : `vers le ${formatDate(source.estimatedDate)}`;
  const publication = source.publication ?? 'presse régionale';
  return `Source : « ${source.title} », ${source.byline}, ${publication}, ${date}. Label « ${programme.name} » de la ${programme.agency.acronym}.`;
}

/** Members of each cluster, with stand-in figures drawn in their own scope and missing ones listed. */
export function membersChartSpec(dataset: Dataset, options: ChartOptions = {}): ChartSpec {
  const bars: ChartBar[] = [];
  const missing: MissingEntry[] = [];
  const notes: string[] = [];
  for (const cluster of dataset.clusters) {
    const standIn = cluster.otherFigures.find((f) => f.standsInFor === 'members');
    const figure = cluster.members ?? standIn;
    if (figure) {
      bars.push(barOf(dataset, cluster, figure, cluster.name, null, options));
    } else {
      missing.push(missingEntry(cluster.slug, cluster.name, waveNote(cluster), options));
    }
    if (!cluster.members && standIn) {
      notes.push(
        `${cluster.name} : nombre de membres non communiqué. Sa barre montre les ${formatNumber(standIn.value)} ${standIn.counts} du ${poleOrSector(standIn)}, qui ne sont pas ses membres.`,
      );
    }
  }
  sortBars(bars);
  const counted = unique(bars.filter((b) => b.scope === 'members').map((b) => `« ${countsOf(dataset, b.key)} »`));
  notes.unshift(
    `Chaque barre compte ce que l'article compte, écrit sous la barre : ${joinFrench(counted)}. Ce ne sont pas toujours des entreprises au sens strict.`,
  );
  if (bars.some((b) => b.approximate)) notes.push('≈ : chiffre approximatif (l\'article écrit « une quinzaine »).');
  notes.push(...caveatNotes(bars));
  if (missing.length > 0) notes.push(MISSING_NOTE);
  return finish(dataset, {
    id: 'membres',
    title: 'Membres par grappe',
    subtitle: withSelection("Entreprises membres de chaque grappe de la région, telles que l'article les compte", options),
    notes,
    bars,
    missing,
    unit: 'de membres',
  });
}

/** Employment the article gives for each sector, each bar marked with the scope it covers. */
export function employmentChartSpec(dataset: Dataset, options: ChartOptions = {}): ChartSpec {
  const bars: ChartBar[] = [];
  const missing: MissingEntry[] = [];
  for (const sector of dataset.sectors) {
    const clusters = dataset.clusters.filter((c) => c.sectorId === sector.id);
    const withFigure = clusters.filter((c) => employmentOf(c));
    for (const cluster of withFigure) {
      bars.push(barOf(dataset, cluster, employmentOf(cluster)!, sector.label, cluster.name, options));
    }
    if (withFigure.length === 0) {
      const names = clusters.map((c) => c.name);
      const highlighted = options.highlight !== undefined && clusters.some((c) => c.slug === options.highlight);
      missing.push({
        key: sector.id,
        label: sector.label,
        reason: names.length > 0 ? `non communiqué (${joinFrench(names)})` : 'non communiqué',
        highlighted,
      });
    }
  }
  sortBars(bars);
  const scopes = unique(bars.map((b) => b.scope));
  const notes = [
    scopes.length > 1
      ? "Attention : ces barres ne couvrent pas le même périmètre. Le motif de chaque barre dit ce qu'elle compte (voir la légende) et les barres sont groupées par périmètre : comparer deux groupes, c'est comparer des choses différentes."
      : "Ces barres couvrent le même périmètre, écrit sous chacune d'elles.",
    ...caveatNotes(bars),
  ];
  const unsectored = dataset.clusters.filter((c) => c.sectorId === null).map((c) => c.name);
  if (unsectored.length > 0) {
    notes.push(`${joinFrench(unsectored)} : ni secteur ni chiffre dans l'article, donc absents de ce graphique.`);
  }
  if (missing.length > 0) notes.push(MISSING_NOTE);
  return finish(dataset, {
    id: 'emplois',
    title: 'Emplois par secteur',
    subtitle: withSelection("Emplois ou salariés cités par l'article pour chaque secteur, avec leur périmètre", options),
    notes,
    bars,
    missing,
    unit: "d'emplois",
  });
}

function withSelection(subtitle: string, options: ChartOptions): string {
  return options.selectionLabel ? `${subtitle}. ${options.selectionLabel}` : subtitle;
}

const MISSING_NOTE =
  "Non communiqué : l'article ne donne pas ce chiffre. Rien n'est dessiné pour lui, et aucun zéro n'est supposé.";

function employmentOf(cluster: Cluster): Figure | OtherFigure | undefined {
  return cluster.employment ?? cluster.otherFigures.find((f) => f.standsInFor === 'employment');
}

function barOf(
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
  };
}

function missingEntry(key: string, label: string, reason: string, options: ChartOptions): MissingEntry {
  return { key, label, reason, highlighted: options.highlight === key };
}

function waveNote(cluster: Cluster): string {
  return cluster.wave === 1 ? 'non communiqué (1re vague, 2010)' : 'non communiqué';
}

function poleOrSector(figure: OtherFigure): string {
  return figure.scope === 'pole' ? 'pôle régional' : scopeLabel(figure.scope);
}

function countsOf(dataset: Dataset, slug: string): string {
  return dataset.clusters.find((c) => c.slug === slug)?.members?.counts ?? '';
}

/** Bars grouped by scope (like with like: the clusters' own figures first), largest first in each group. */
function sortBars(bars: ChartBar[]) {
  bars.sort(
    (a, b) =>
      SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || b.value - a.value || a.label.localeCompare(b.label, 'fr'),
  );
}

function caveatNotes(bars: ChartBar[]): string[] {
  return bars.filter((b) => b.caveat).map((b) => `${b.sublabel ?? b.label} — ${b.caveat}`);
}

function finish(
  dataset: Dataset,
  spec: Omit<ChartSpec, 'source' | 'summary' | 'legend' | 'width' | 'height'> & { unit: string },
): ChartSpec {
  const { unit, ...rest } = spec;
  const scopes = unique(spec.bars.map((b) => b.scope));
  return {
    ...rest,
    source: sourceLine(dataset),
    summary: summarize(spec.bars, spec.missing, unit),
    legend: scopes.map((scope) => ({
      pattern: SCOPE_INFO[scope].pattern,
      label: capitalize(SCOPE_INFO[scope].label),
      description: SCOPE_INFO[scope].description,
    })),
    width: CHART_WIDTH,
    height: Math.max(1, spec.bars.length) * CHART_ROW_HEIGHT + CHART_PADDING,
  };
}

/**
 * "6 barres. La plus grande : … La plus petite : … Non communiqué : …"; `unit` completes
 * "Aucun chiffre … à montrer" ("de membres", "d'emplois").
 */
export function summarize(bars: ChartBar[], missing: MissingEntry[], unit: string): string {
  const parts: string[] = [];
  if (bars.length === 0) {
    parts.push(`Aucun chiffre ${unit} à montrer.`);
  } else {
    const byValue = [...bars].sort((a, b) => b.value - a.value);
    const describe = (bar: ChartBar) =>
      `${bar.sublabel ? `${bar.label} (${bar.sublabel})` : bar.label}, ${bar.valueText} ${bar.detail}`;
    parts.push(`${bars.length} ${bars.length > 1 ? 'barres' : 'barre'}.`);
    parts.push(`La plus grande : ${describe(byValue[0])}.`);
    if (bars.length > 1) parts.push(`La plus petite : ${describe(byValue[byValue.length - 1])}.`);
  }
  if (missing.length > 0) parts.push(`Non communiqué : ${joinFrench(missing.map((m) => m.label))}.`);
  return parts.join(' ');
}

/** "a", "a et b", "a, b et c". */
export function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
