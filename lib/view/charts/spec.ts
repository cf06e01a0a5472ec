// A chart spec: the plain data (texts, bars, literal colours) from which a chart is drawn, on a page or
// in an export; the charts' ids and sizes. Types and constants only, so that browser code may read them.
import type { Figure, Sector } from '../../data/schema';
import type { BarPattern } from '../../data/scopes';
import type { PanelTick } from './scale';

import type { ChartId } from '../../data/chart-ids';

/** The charts of the site, in the order the pages show them; their ids are in export URLs too. */
export { CHART_IDS, type ChartId } from '../../data/chart-ids';

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

/** A dated correction of what the chart shows (the dataset's `corrections`). */
export type ChartCorrection = { date: string; text: string };

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

/**
 * One panel of a chart: the bars of one scope under their heading, on a length scale of their own,
 * so that a bar is only ever as long as figures of the same kind beside it.
 */
export type ChartPanel = {
  scope: Figure['scope'];
  /** "Toute la filière en région", "Membres de la grappe"… */
  heading: string;
  /** Its bars are `spec.bars.slice(first, first + count)`. */
  first: number;
  count: number;
  /** The value at the panel's right edge. */
  end: number;
  ticks: PanelTick[];
};

export type ChartSpec = {
  id: ChartId;
  title: string;
  subtitle: string;
  /** The filter in words ("Secteurs : plasturgie"), also at the end of the subtitle; absent for every sector. */
  selection?: string;
  /** What the bars count, the approximations, the caveats: printed under the chart. */
  notes: string[];
  source: string;
  /** A sentence for readers who do not see the chart: largest, smallest, what is missing. */
  summary: string;
  /** Every bar drawn, panel after panel. */
  bars: ChartBar[];
  /** One per scope the bars cover, in the order of SCOPES. */
  panels: ChartPanel[];
  /** Null when every bar is drawn. */
  others: OthersSummary | null;
  missing: MissingEntry[];
  legend: LegendEntry[];
  /** The dataset's corrections that bear on this chart, oldest first: printed under it. */
  corrections: ChartCorrection[];
  width: number;
  /** Every panel with its heading, one under the other, as an export draws them. */
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
/** Above a panel's first bar label. */
export const PANEL_TOP = 8;
/** The panel's graduated line, under its bars. */
export const PANEL_AXIS_HEIGHT = 24;
/** A panel's heading, in an export (on a page it is an HTML heading above the panel's drawing). */
export const PANEL_HEADING_HEIGHT = 26;
/** Between two panels. */
export const PANEL_GAP = 14;
