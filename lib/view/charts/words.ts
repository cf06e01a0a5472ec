// What a chart says in words: its summary for readers who do not see it, and the notes every chart shares.
import type { ChartBar, ChartOptions, ChartPanel, MissingEntry, OthersSummary } from './spec';
import type { Scope } from '../../data/schema';
import { SCOPE_INFO } from '../../data/scopes';
import { formatCount } from '../../format/french';
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

/** A panel's heading: "Toute la filière en région", "Membres de la grappe"… */
export function scopeHeading(scope: Scope): string {
  return capitalize(SCOPE_INFO[scope].label);
}

/** What the panels mean, for the notes: said once the bars cover more than one scope. */
export const PANELS_NOTE =
  "Ces chiffres ne couvrent pas le même périmètre : un panneau par périmètre, chacun sous son titre et à sa propre échelle, graduée sous ses barres. Une barre ne se compare qu'aux barres de son panneau ; d'un panneau à l'autre, les longueurs ne se comparent pas.";

export const ONE_PANEL_NOTE = "Ces barres couvrent le même périmètre, écrit en tête du graphique et sous chacune d'elles.";

/**
 * "6 barres en 2 panneaux, un par périmètre. Membres de la grappe : 5 barres ; la plus grande : … ;
 * la plus petite : …. Pôle régional, pas la grappe : 1 barre, … Non communiqué : …": largest and
 * smallest are found panel by panel, never across scopes. `unit` completes "Aucun chiffre … à
 * montrer" ("de membres", "d'emplois"). With `others`, the bars are the drawn ones, and what is
 * not drawn follows.
 */
export function summarize(bars: ChartBar[], panels: ChartPanel[], missing: MissingEntry[], unit: string, others: OthersSummary | null = null): string {
  const parts: string[] = [];
  const describe = (bar: ChartBar) => `${bar.sublabel ? `${bar.label} (${bar.sublabel})` : bar.label}, ${bar.valueText} ${bar.detail}`;
  const count = (n: number) => (others ? formatCount(n, 'barre dessinée', 'barres dessinées') : formatCount(n, 'barre', 'barres'));
  if (bars.length === 0) {
    parts.push(`Aucun chiffre ${unit} à montrer.`);
  } else if (panels.length === 1) {
    const byValue = [...bars].sort((a, b) => b.value - a.value);
    parts.push(`${count(bars.length)}.`);
    parts.push(`La plus grande : ${describe(byValue[0])}.`);
    if (bars.length > 1) parts.push(`La plus petite : ${describe(byValue[byValue.length - 1])}.`);
  } else {
    parts.push(`${count(bars.length)} en ${panels.length} panneaux, un par périmètre.`);
    for (const panel of panels) {
      const byValue = bars.slice(panel.first, panel.first + panel.count).sort((a, b) => b.value - a.value);
      const extremes =
        byValue.length === 1
          ? describe(byValue[0])
          : `la plus grande : ${describe(byValue[0])} ; la plus petite : ${describe(byValue[byValue.length - 1])}`;
      parts.push(`${panel.heading} : ${count(panel.count)}, ${extremes}.`);
    }
  }
  if (others) parts.push(`${others.title}. ${others.lines.join(' ')}`);
  if (missing.length > 0) parts.push(`Non communiqué : ${joinFrenchAtMost(missing.map((m) => m.label), NAMES_IN_A_LINE, ['autre', 'autres'])}.`);
  return parts.join(' ');
}
