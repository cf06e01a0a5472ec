// The line that names a chart's or a page's source: the article, its byline and date, the label's programme.
import type { Dataset } from '../data/schema';
import { joinFrench } from '../format/lists';
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

/**
 * "Contexte : « … » (villesdefrance.fr), « … » (banquedesterritoires.fr) et « … » (rapport
 * d'évaluation)." The public sources of the page's context (the waves, the programme), each once,
 * as an exported picture prints them where the page links them; null when the dataset has none.
 */
export function contextSourcesLine(dataset: Dataset): string | null {
  const seen = new Map<string, string>();
  for (const item of dataset.context ?? []) {
    for (const source of item.sources) seen.set(`${source.title}\u0000${source.publisher}`, `« ${source.title} » (${source.publisher})`);
  }
  return seen.size > 0 ? `Contexte : ${joinFrench([...seen.values()])}.` : null;
}
