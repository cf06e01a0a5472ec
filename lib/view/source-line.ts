// The line that names a chart's or a page's source: the article, its byline and date, the label's programme.
import type { Dataset } from '../data/schema';
import { formatDate } from '../format/french';

/** "Source : « Sept nouvelles … », J.-M. P., presse régionale, vers le 22 janvier 2011. Label … DATAR." */
export function sourceLine(dataset: Dataset): string {
  const { source, programme } = dataset;
  const date = source.printedDate
    ? `le ${formatDate(source.printedDate)}`
    : `vers le ${formatDate(source.estimatedDate)}`;
  const publication = source.publication ?? 'presse régionale';
  return `Source : « ${source.title} », ${source.byline}, ${publication}, ${date}. Label « ${programme.name} » de la ${programme.agency.acronym}.`;
}
