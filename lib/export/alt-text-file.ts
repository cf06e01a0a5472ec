// The chart's text alternative as a file beside its downloads (`/export/membres.txt`): title, subtitle,
// the text itself, the source and the day it was exported, for a CMS's alt field or a caption desk.
import { formatDate } from '../format/french';
import { chartAltText } from '../view/alt-text';
import { SITE_NAME } from '../view/caption';
import type { ChartSpec } from '../view/charts/spec';

/** Plain UTF-8 text, one blank line between its parts; `date` is the export day (AAAA-MM-JJ), or null. */
export function altTextFile(spec: ChartSpec, date: string | null): string {
  const stamp = date ? `${SITE_NAME} · exporté le ${formatDate(date)}` : SITE_NAME;
  // No-break spaces kept ("11 500"): a CMS field keeps them, and a number then never breaks across lines.
  return [`${spec.title}`, spec.subtitle, '', 'Texte alternatif :', chartAltText(spec), '', spec.source, stamp, ''].join('\n');
}
