// The site's colours, named once: the pages' CSS (through app/theme-plugin.ts), the charts, the exports and the table read them here.

/** Text and the strokes that carry meaning. */
export const INK = '#1a1a1a';
/** Secondary text: subtitles, notes, the words under a bar. At least 7:1 on white. */
export const MUTED = '#595959';
/** The page's background. */
export const PAPER = '#fbfaf7';
/** Hairlines between parts of a figure or rows of the table. */
export const RULE = '#d9d6cf';
export const ACCENT = '#8a1c1c';
/** The keyboard focus ring. */
export const FOCUS = '#0b57d0';
/** The background of the warning that a dataset is invented. */
export const WARNING = '#ffd60a';
/** A chart's and an export's background, and the ground of the scope patterns. */
export const WHITE = '#ffffff';
/** Neutral ink for legend swatches: the legend explains patterns (scopes), not sector colours. */
export const LEGEND_INK = '#404040';

/**
 * A palette that colour-blind readers can tell apart (after Okabe & Ito and Paul Tol), each
 * colour at least 3:1 against white so that bars stand out on paper too. The first seven are the
 * real dataset's. The last five (ColorBrewer's PRGn purple, Dark2 magenta, BrBG brown, RdBu red,
 * BrBG teal) were picked for the largest least difference from the others under simulated
 * protanopia, deuteranopia and tritanopia, so that a national list of twelve sectors never shows
 * two sectors in one colour; past twelve, colours repeat, and the sector is still written on
 * every bar.
 */
export const SECTOR_PALETTE = [
  '#0072B2', '#D55E00', '#AA4499', '#117733', '#332288', '#997700', '#CC6677',
  '#762A83', '#E7298A', '#8C510A', '#B2182B', '#35978F',
] as const;

/** Ink for a figure that belongs to no sector (first-wave clusters). */
export const NO_SECTOR_COLOR = MUTED;

/** The colours the CSS names, as `--color-<name>` and in utilities (`text-ink`, `bg-paper`, `outline-focus`). */
export const CSS_COLORS = {
  ink: INK,
  muted: MUTED,
  paper: PAPER,
  rule: RULE,
  accent: ACCENT,
  focus: FOCUS,
  warning: WARNING,
} as const;
