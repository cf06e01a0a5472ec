// The site's colours, named once, each with its dark counterpart: the pages' CSS (through app/theme-plugin.mts), the charts, the exports and the table read them here.

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
 * The same roles for readers at night (`prefers-color-scheme: dark`, `data-theme="sombre"`,
 * `theme=sombre` on an export): a warm near-black ground, as the paper is a warm white, and light
 * ink. Each text colour holds on SURFACE_DARK what its light one holds on white: INK_DARK 14.3:1,
 * MUTED_DARK 7.9:1, LEGEND_INK_DARK 10.0:1; ACCENT_DARK 7.0:1 and FOCUS_DARK 8.1:1.
 */
export const INK_DARK = '#ecebe6';
export const MUTED_DARK = '#b3b0a8';
export const PAPER_DARK = '#141311';
export const RULE_DARK = '#4a4740';
export const ACCENT_DARK = '#f08a80';
export const FOCUS_DARK = '#8ab4f8';
/** A deep amber rather than a glaring yellow at night; INK_DARK reads on it at 8.9:1. */
export const WARNING_DARK = '#4d3d00';
/** WHITE's counterpart: the ground of a chart, its patterns and the cards on the page. */
export const SURFACE_DARK = '#1d1c1a';
export const LEGEND_INK_DARK = '#c8c6c0';

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

/**
 * The palette on the dark ground, slot for slot: the same hue, lighter, so that a sector keeps its
 * colour's family in both themes. The first four are Okabe & Ito's own sky blue, orange, reddish
 * purple and bluish green, then Paul Tol's sand and red and ColorBrewer's lighter tones. Among
 * lighter tones of each hue, these were searched for the largest least difference (CIEDE2000)
 * between any two, the grey of "no sector" included, under simulated protanopia, deuteranopia and
 * tritanopia (Machado 2009): 10.0 among the first seven and the grey, 4.7 among all twelve (the
 * light palette's: 2.2). Each is at least 4.5:1 on SURFACE_DARK (theme.test.ts).
 */
export const SECTOR_PALETTE_DARK = [
  '#56B4E9', '#E69F00', '#CC79A7', '#009E73', '#8877DD', '#EEDD88', '#EE6677',
  '#C2A5CF', '#FF77BB', '#D8B365', '#FF5555', '#7FD4C8',
] as const;

/** Ink for a figure that belongs to no sector (first-wave clusters). */
export const NO_SECTOR_COLOR = MUTED;
export const NO_SECTOR_COLOR_DARK = MUTED_DARK;

export type ThemeName = 'clair' | 'sombre';
type Pair = { clair: string; sombre: string };

/** The colours the CSS names, as `--color-<name>` and in utilities (`text-ink`, `bg-paper`, `outline-focus`), in both themes. */
export const THEME_COLORS: Record<string, Pair> = {
  ink: { clair: INK, sombre: INK_DARK },
  muted: { clair: MUTED, sombre: MUTED_DARK },
  paper: { clair: PAPER, sombre: PAPER_DARK },
  rule: { clair: RULE, sombre: RULE_DARK },
  accent: { clair: ACCENT, sombre: ACCENT_DARK },
  focus: { clair: FOCUS, sombre: FOCUS_DARK },
  warning: { clair: WARNING, sombre: WARNING_DARK },
  surface: { clair: WHITE, sombre: SURFACE_DARK },
  legend: { clair: LEGEND_INK, sombre: LEGEND_INK_DARK },
  ...Object.fromEntries(SECTOR_PALETTE.map((colour, i) => [`sector-${i + 1}`, { clair: colour, sombre: SECTOR_PALETTE_DARK[i] }])),
};

/** The light colours by name: what a page shows without a dark preference, and what exports draw. */
export const CSS_COLORS: Record<string, string> = themeColors('clair');

export function themeColors(theme: ThemeName): Record<string, string> {
  return Object.fromEntries(Object.entries(THEME_COLORS).map(([name, pair]) => [name, pair[theme]]));
}

const nameOfLight = new Map(Object.entries(THEME_COLORS).map(([name, pair]) => [pair.clair.toLowerCase(), name]));

/**
 * The name of one of the light colours above ("ink", "sector-3"), so that a drawing made in light
 * colours can say which role each one plays; undefined for any other colour.
 */
export function colorName(color: string): string | undefined {
  return nameOfLight.get(color.toLowerCase());
}

/** A light colour's dark counterpart; any other colour as it is. */
export function darkCounterpart(color: string): string {
  const name = colorName(color);
  return name ? THEME_COLORS[name].sombre : color;
}

/** A light colour as CSS that follows the reader's theme (`var(--color-sector-1, #0072B2)`). */
export function themedColor(color: string): string {
  const name = colorName(color);
  return name ? `var(--color-${name}, ${color})` : color;
}
