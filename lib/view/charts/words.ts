// What a chart says in words: its summary for readers who do not see it, and the notes every chart shares.
import type { ChartBar, ChartOptions, MissingEntry, OthersSummary } from './spec';
import { joinFrenchAtMost } from '../../format/lists';

/** Names in one line of a chart's notes or missing list before the rest are only counted. */
export const NAMES_IN_A_LINE = 3;
export const OTHER_CLUSTERS: [string, string] = ['autre grappe', 'autres grappes'];

export const MISSING_NOTE =
  "Non communiqué : l'article ne donne pas ce chiffre. Rien n'est dessiné pour lui, et aucun zéro n'est supposé.";

export function withSelection(subtitle: string, options: ChartOptions): string {
  return options.selectionLabel ? `${subtitle}. ${options.selectionLabel}` : subtitle;
}

export function caveatNotes(bars: ChartBar[]): string[] {
  return bars.filter((b) => b.caveat).map((b) => `${b.sublabel ?? b.label} — ${b.caveat}`);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
