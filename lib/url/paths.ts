// The site's addresses that other code links to: a cluster's page and a chart's export file.
import type { ChartId } from '../view/charts/spec';
import { PRINT_PRESETS, type PrintSize } from '../export/print-sizes';
import { SECTOR_PARAM } from './sector-filter';

/** What an export file may be: the end of `/export/<chart>.<format>` (`txt`: the chart's text alternative). */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'csv', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function clusterHref(slug: string): string {
  return `/grappes/${slug}`;
}

/** The one-click report of a view: the overview's filter, or a cluster page's cluster (`grappe`), dated. */
export function reportUrl(options: { sectors?: string[]; highlight?: string | null; date?: string | null }): string {
  const params = new URLSearchParams();
  if (options.sectors && options.sectors.length > 0) params.set(SECTOR_PARAM, options.sectors.join(','));
  if (options.highlight) params.set('grappe', options.highlight);
  if (options.date) params.set('date', options.date);
  const query = params.toString().replace(/%2C/g, ',');
  return `/export/rapport.zip${query ? `?${query}` : ''}`;
}

/** The export URL of a chart, with the query that fixes its content (the defaults left out). */
export function exportUrl(
  chart: ChartId,
  format: ExportFormat,
  options: { sectors?: string[]; highlight?: string | null; scale?: number; print?: PrintSize | null; transparent?: boolean; outlined?: boolean; dark?: boolean; date?: string | null },
): string {
  const params = new URLSearchParams();
  if (options.sectors && options.sectors.length > 0) params.set(SECTOR_PARAM, options.sectors.join(','));
  if (options.highlight) params.set('grappe', options.highlight);
  if (format === 'png' && options.scale && options.scale !== 1) params.set('echelle', String(options.scale));
  if ((format === 'png' || format === 'pdf') && options.print) {
    const isPreset = PRINT_PRESETS.some((p) => p.id === options.print!.id);
    params.set(isPreset ? 'impression' : 'largeur', options.print.id);
  }
  if (format === 'png' && options.transparent) params.set('fond', 'transparent');
  if (format === 'svg' && options.outlined) params.set('texte', 'vectorise');
  if (format !== 'csv' && options.dark) params.set('theme', 'sombre');
  if (options.date) params.set('date', options.date);
  const query = params.toString().replace(/%2C/g, ',');
  return `/export/${chart}.${format}${query ? `?${query}` : ''}`;
}
