// Chart specs: plain data (texts, bars, literal colours) from which a chart is drawn, on a page or in an export.
import type { Cluster, Dataset, Figure, OtherFigure, Sector } from '../data/schema';
import { formatCount, formatDate, formatFigureValue, formatNumber, formatOrdinal } from '../format/french';
import { SCOPE_INFO, SCOPES, scopeLabel, type BarPattern } from '../data/scopes';
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
  /**
   * Set on the bar of the cluster a page picks out when it is not among the top bars, and is drawn
   * after them: where its figure ranks among those of its scope ("87e sur 681 de ce périmètre").
   */
  rank: string | null;
};

export type MissingEntry = { key: string; label: string; reason: string; highlighted: boolean };

export type LegendEntry = { pattern: BarPattern; label: string; description: string };

/**
 * What a chart with more than `maxBars` bars does not draw, said in words under it: how many other
 * clusters have a figure, scope by scope (never added up across scopes), and how many have none.
 */
export type OthersSummary = {
  /** "Autres : 985 grappes". */
  title: string;
  lines: string[];
};

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
  /** Null when every bar is drawn. */
  others: OthersSummary | null;
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
  /** At most this many bars, and the others counted in words; CHART_MAX_BARS unless said. */
  maxBars?: number;
};

export const CHART_WIDTH = 560;
/**
 * The width of the chart's second drawing, for phones (see ChartRenditions): scaled down to a
 * 300 px column, the 560 one would print its labels at 8 px; this one keeps them at 12 to 14 px.
 * The longest label of the real dataset ("Ferroviaire · Association des industries ferroviaires",
 * in bold) is 349 units wide.
 */
export const CHART_NARROW_WIDTH = 360;
export const CHART_ROW_HEIGHT = 72;
/**
 * The most bars a chart draws: beyond it the bars are too thin to read and the page too heavy
 * (a national list has a thousand clusters). The real dataset stays below it, every bar drawn.
 */
export const CHART_MAX_BARS = 15;
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
  const all: ChartBar[] = [];
  const allMissing: MissingEntry[] = [];
  for (const cluster of dataset.clusters) {
    const figure = cluster.members ?? standInFor(cluster, 'members');
    if (figure) {
      all.push(barOf(dataset, cluster, figure, cluster.name, null, options));
    } else {
      allMissing.push(missingEntry(cluster.slug, cluster.name, waveNote(cluster), options));
    }
  }
  sortBars(all);
  const { bars, rest } = topBars(all, options);
  // Past the top bars, or past as many names, a list of every cluster without a figure would be as
  // long as the table: they are counted with the others, and only the cluster a page picks out keeps its line.
  const listsEveryMissing = rest.length === 0 && allMissing.length <= (options.maxBars ?? CHART_MAX_BARS);
  const missing = listsEveryMissing ? allMissing : allMissing.filter((m) => m.highlighted);
  const drawn = new Set(bars.map((b) => b.key));
  const notes: string[] = [];
  const counted = unique(bars.filter((b) => b.scope === 'members').map((b) => `« ${countsOf(dataset, b.key)} »`));
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
  const others = listsEveryMissing ? null : othersSummary(rest, withoutFigure, 'de membres');
  if (others) notes.push(groupingNote(bars, rest, options));
  if (missing.length > 0) notes.push(MISSING_NOTE);
  return finish(dataset, {
    id: 'membres',
    title: 'Membres par grappe',
    subtitle: withSelection("Entreprises membres de chaque grappe de la région, telles que l'article les compte", options),
    notes,
    bars,
    others,
    missing,
    unit: 'de membres',
  });
}

/** Employment the article gives for each sector, each bar marked with the scope it covers. */
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
  const scopes = unique(bars.map((b) => b.scope));
  const notes = [
    scopes.length > 1
      ? "Attention : ces barres ne couvrent pas le même périmètre. Le motif de chaque barre dit ce qu'elle compte (voir la légende) et les barres sont groupées par périmètre : comparer deux groupes, c'est comparer des choses différentes."
      : "Ces barres couvrent le même périmètre, écrit sous chacune d'elles.",
    ...caveatNotes(bars),
  ];
  const unsectored = dataset.clusters.filter((c) => c.sectorId === null).map((c) => c.name);
  if (unsectored.length > 0) {
    notes.push(`${capitalize(joinFrenchAtMost(unsectored, NAMES_IN_A_LINE, OTHER_CLUSTERS))} : ni secteur ni chiffre dans l'article, donc absents de ce graphique.`);
  }
  const withoutFigure = dataset.clusters.filter((c) => !employmentOf(c)).length;
  const others = rest.length > 0 ? othersSummary(rest, withoutFigure, "d'emplois") : null;
  if (others) notes.push(groupingNote(bars, rest, options));
  if (missing.length > 0) notes.push(MISSING_NOTE);
  return finish(dataset, {
    id: 'emplois',
    title: 'Emplois par secteur',
    subtitle: withSelection("Emplois ou salariés cités par l'article pour chaque secteur, avec leur périmètre", options),
    notes,
    bars,
    others,
    missing,
    unit: "d'emplois",
  });
}

/** Names in one line of a chart's notes or missing list before the rest are only counted. */
const NAMES_IN_A_LINE = 3;
const OTHER_CLUSTERS: [string, string] = ['autre grappe', 'autres grappes'];

/**
 * The first `maxBars` of the sorted bars, and the rest. The bar of the cluster a page picks out is
 * always drawn: when it is not among the first, it comes after them, with its rank in its scope.
 */
export function topBars(sorted: ChartBar[], options: ChartOptions): { bars: ChartBar[]; rest: ChartBar[] } {
  const max = options.maxBars ?? CHART_MAX_BARS;
  if (sorted.length <= max) return { bars: sorted, rest: [] };
  const bars = sorted.slice(0, max);
  const rest = sorted.slice(max);
  const picked = rest.findIndex((b) => b.highlighted);
  if (picked >= 0) {
    const [bar] = rest.splice(picked, 1);
    const sameScope = sorted.filter((b) => b.scope === bar.scope);
    const rank = sameScope.indexOf(bar) + 1;
    bars.push({ ...bar, rank: `${formatOrdinal(rank)} sur ${formatNumber(sameScope.length)} de ce périmètre` });
  }
  return { bars, rest };
}

/**
 * "Autres : 985 grappes", then the bars not drawn counted scope by scope with their range (a sum
 * would add up figures that do not count the same thing), then the clusters without a figure.
 */
export function othersSummary(rest: ChartBar[], withoutFigure: number, unit: string): OthersSummary {
  const total = rest.length + withoutFigure;
  const lines: string[] = [];
  const scopes = SCOPES.filter((scope) => rest.some((b) => b.scope === scope));
  const parts = scopes.map((scope) => {
    const bars = rest.filter((b) => b.scope === scope);
    const values = bars.map((b) => b.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const range = low === high ? `${formatNumber(low)}` : `de ${formatNumber(low)} à ${formatNumber(high)}`;
    const approximate = bars.filter((b) => b.approximate).length;
    const ofWhich = approximate > 0 ? `, dont ${formatCount(approximate, 'approximatif', 'approximatifs')}` : '';
    return `${formatCount(bars.length, 'grappe', 'grappes')} avec un chiffre « ${scopeLabel(scope)} » (${range}${ofWhich})`;
  });
  if (parts.length > 0) {
    lines.push(`Non dessinées : ${parts.join(' ; ')}.${parts.length > 1 ? ' Ces chiffres ne couvrent pas le même périmètre : ils ne s\'additionnent pas.' : ''}`);
  }
  if (withoutFigure > 0) {
    lines.push(`${formatCount(withoutFigure, 'grappe', 'grappes')} sans chiffre ${unit} dans l'article.`);
  }
  return { title: `Autres : ${formatCount(total, 'grappe', 'grappes')}`, lines };
}

/** What the chart grouped, for its notes. */
function groupingNote(bars: ChartBar[], rest: ChartBar[], options: ChartOptions): string {
  const all = ' Le tableau des grappes, sur le site, les donne toutes.';
  if (rest.length === 0) return `Les grappes sans chiffre sont trop nombreuses pour être nommées ici : elles sont comptées sous le graphique.${all}`;
  const max = options.maxBars ?? CHART_MAX_BARS;
  const extra = bars.find((b) => b.rank);
  const picked = extra ? ` La barre de ${extra.sublabel ?? extra.label}, hors de ces ${max}, est ajoutée en dessous, avec son rang.` : '';
  return `Seules les ${max} premières barres sont dessinées, groupées par périmètre, les plus grands chiffres d'abord ; les autres grappes sont comptées sous le graphique, périmètre par périmètre, sans additionner des chiffres qui ne comptent pas la même chose.${picked}${all}`;
}

function withSelection(subtitle: string, options: ChartOptions): string {
  return options.selectionLabel ? `${subtitle}. ${options.selectionLabel}` : subtitle;
}

const MISSING_NOTE =
  "Non communiqué : l'article ne donne pas ce chiffre. Rien n'est dessiné pour lui, et aucun zéro n'est supposé.";

function standInFor(cluster: Cluster, figure: 'members' | 'employment'): OtherFigure | undefined {
  return cluster.otherFigures.find((f) => f.standsInFor === figure);
}

function employmentOf(cluster: Cluster): Figure | OtherFigure | undefined {
  return cluster.employment ?? standInFor(cluster, 'employment');
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
    rank: null,
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
    summary: summarize(spec.bars, spec.missing, unit, spec.others),
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
 * "Aucun chiffre … à montrer" ("de membres", "d'emplois"). With `others`, the bars are the drawn
 * ones, and what is not drawn follows.
 */
export function summarize(bars: ChartBar[], missing: MissingEntry[], unit: string, others: OthersSummary | null = null): string {
  const parts: string[] = [];
  if (bars.length === 0) {
    parts.push(`Aucun chiffre ${unit} à montrer.`);
  } else {
    const byValue = [...bars].sort((a, b) => b.value - a.value);
    const describe = (bar: ChartBar) =>
      `${bar.sublabel ? `${bar.label} (${bar.sublabel})` : bar.label}, ${bar.valueText} ${bar.detail}`;
    const drawn = others ? (bars.length > 1 ? 'barres dessinées' : 'barre dessinée') : bars.length > 1 ? 'barres' : 'barre';
    parts.push(`${bars.length} ${drawn}.`);
    parts.push(`La plus grande : ${describe(byValue[0])}.`);
    if (bars.length > 1) parts.push(`La plus petite : ${describe(byValue[byValue.length - 1])}.`);
  }
  if (others) parts.push(`${others.title}. ${others.lines.join(' ')}`);
  if (missing.length > 0) parts.push(`Non communiqué : ${joinFrenchAtMost(missing.map((m) => m.label), NAMES_IN_A_LINE, ['autre', 'autres'])}.`);
  return parts.join(' ');
}

/** "a", "a et b", "a, b et c". */
export function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * "a, b et c" up to `max` items; beyond, the first `max` and a count of the rest, "a, b, c et 149
 * autres grappes", so that a line stays a line whatever the length of the list.
 */
export function joinFrenchAtMost(items: string[], max: number, [singular, plural]: [string, string]): string {
  if (items.length <= max) return joinFrench(items);
  return `${items.slice(0, max).join(', ')} et ${formatCount(items.length - max, singular, plural)}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
