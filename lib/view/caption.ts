// The captioned chart in words and in order: what the page's figure and the exported picture both print
// around the chart, so that neither says a word or takes a step the other does not.
import { formatDate } from '../format/french';
import type { ChartSpec, LegendEntry } from './charts/spec';

export const SITE_NAME = "Grappes d'entreprises";

/** Printed instead of the chart when it has no bar. */
export const NOTHING_TO_DRAW = "Aucun chiffre à dessiner : l'article n'en donne pas pour cette sélection.";

export type CaptionPart =
  | { kind: 'header'; title: string; subtitle: string }
  /** The chart itself, drawn from the spec's bars. */
  | { kind: 'chart' }
  | { kind: 'nothing-to-draw'; text: string }
  /** "Autres : 985 grappes" and its lines: what the chart counts without drawing it. */
  | { kind: 'others'; title: string; lines: string[] }
  /** "Corrigé le 2 décembre 2026 : …", one line per correction that bears on the chart, oldest first. */
  | { kind: 'corrections'; name: string; lines: string[] }
  /** `name`: the list's accessible name on the page. */
  | { kind: 'legend'; heading: string; name: string; entries: LegendEntry[] }
  | { kind: 'missing'; heading: string; name: string; entries: Array<{ key: string; text: string; highlighted: boolean }> }
  /**
   * Notes, then the source; on exported pictures only, the context's public sources (which the page
   * links at its foot) and `stamp` (the site and the export date).
   */
  | { kind: 'footer'; notes: string[]; source: string; context: string | null; stamp: string | null };

/**
 * The parts of a captioned chart, in the order they are printed: header, chart (or what stands in
 * for it), others, corrections (right under what they correct), legend, what is missing, footer. Parts with nothing to say are left out.
 * `stamp` is for an exported picture: it then ends with the site's name and, given, the export day.
 */
export function captionParts(spec: ChartSpec, stamp?: { date: string | null; context?: string | null }): CaptionPart[] {
  const parts: CaptionPart[] = [{ kind: 'header', title: spec.title, subtitle: spec.subtitle }];
  parts.push(spec.bars.length > 0 ? { kind: 'chart' } : { kind: 'nothing-to-draw', text: NOTHING_TO_DRAW });
  if (spec.others) parts.push({ kind: 'others', title: spec.others.title, lines: spec.others.lines });
  if (spec.corrections.length > 0) {
    parts.push({ kind: 'corrections', name: `Corrections : ${spec.title}`, lines: spec.corrections.map(correctionLine) });
  }
  if (spec.legend.length > 0) parts.push({ kind: 'legend', heading: 'Légende', name: `Légende : ${spec.title}`, entries: spec.legend });
  if (spec.missing.length > 0) {
    parts.push({
      kind: 'missing',
      heading: "Sans chiffre dans l'article",
      name: `Non communiqué : ${spec.title}`,
      entries: spec.missing.map((m) => ({ key: m.key, text: `${m.label} : ${m.reason}`, highlighted: m.highlighted })),
    });
  }
  const stampText = stamp ? (stamp.date ? `${SITE_NAME} · exporté le ${formatDate(stamp.date)}` : SITE_NAME) : null;
  parts.push({ kind: 'footer', notes: spec.notes, source: spec.source, context: stamp?.context ?? null, stamp: stampText });
  return parts;
}

/** « Corrigé le 2 décembre 2026 : … », the date as a French reader reads it. */
export function correctionLine(correction: { date: string; text: string }): string {
  return `Corrigé le ${formatDate(correction.date)} : ${correction.text}`;
}
