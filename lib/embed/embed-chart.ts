// The chart an embed shows, and the words it adds around the captioned chart: the site and the
// day the figures are from (an embed outlives the page it was copied from), the link to the full view.
import type { Dataset } from '../data/schema';
import { formatDate } from '../format/french';
import { SITE_NAME } from '../view/caption';
import { employmentChartSpec } from '../view/charts/employment';
import { membersChartSpec } from '../view/charts/members';
import type { ChartSpec } from '../view/charts/spec';
import { filteredCharts } from '../view/overview';
import type { EmbedView } from './embed-view';

/** The chart as the export draws it for the same view: filtered, the cluster picked out. */
export function embedChartSpec(dataset: Dataset, view: Pick<EmbedView, 'chart' | 'sectors' | 'highlight'>): ChartSpec {
  const { shown, options } = filteredCharts(dataset, view.sectors);
  const chartOptions = { ...options, highlight: view.highlight ?? undefined };
  return view.chart === 'membres' ? membersChartSpec(shown, chartOptions) : employmentChartSpec(shown, chartOptions);
}

/** "Grappes d'entreprises · chiffres de l'annonce du 21 janvier 2011": whose chart, and of when. */
export function embedStamp(dataset: Dataset): string {
  return `${SITE_NAME} · chiffres de l'annonce du ${formatDate(dataset.programme.secondWaveAnnouncedOn)}`;
}

/** How lib/view/overview.ts ends a filtered chart's subtitle: ". Secteurs : plasturgie, emballage". */
const SELECTION_PREFIX = 'Secteurs : ';

/**
 * The frame's accessible name and the oEmbed title, from the spec alone (the menu has no dataset):
 * the chart's title, the filter and the cluster picked out when it has them, and the site
 * ("Membres par grappe · Secteurs : plasturgie — Grappes d'entreprises").
 */
export function embedTitle(spec: Pick<ChartSpec, 'title' | 'subtitle' | 'bars'>): string {
  const parts = [spec.title];
  const selection = spec.subtitle.split('. ').find((part) => part.startsWith(SELECTION_PREFIX));
  if (selection) parts.push(selection);
  const picked = spec.bars.find((bar) => bar.highlighted);
  if (picked) parts.push(picked.label);
  return `${parts.join(' · ')} — ${SITE_NAME}`;
}

export const FULL_VIEW_LINK_TEXT = 'Voir toutes les données';
