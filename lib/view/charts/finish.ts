// The last step of every chart's builder: the notes all charts end with, the source, summary, legend and size.
import type { Dataset } from '../../data/schema';
import { SCOPE_INFO } from '../../data/scopes';
import { sourceLine } from '../source-line';
import { scopesOf } from './bars';
import { groupingNote } from './grouping';
import { inPanelOrder, panelsOf, stackedHeight } from './panels';
import { CHART_WIDTH, type ChartBar, type ChartCorrection, type ChartId, type ChartOptions, type ChartSpec } from './spec';
import { capitalize, MISSING_NOTE, ONE_PANEL_NOTE, PANELS_NOTE, summarize, withSelection } from './words';

/** What a builder has found: the bars it draws and those it does not, and its own words. */
export type ChartDraft = Pick<ChartSpec, 'id' | 'title' | 'subtitle' | 'notes' | 'bars' | 'others' | 'missing'> & {
  rest: ChartBar[];
  /** Completes "Aucun chiffre … à montrer": "de membres", "d'emplois". */
  unit: string;
};

/**
 * The spec from a builder's draft: the bars cut into panels by scope (a bar added for the cluster a
 * page picks out joins its scope's panel), the notes every chart ends with (the panels, what it
 * grouped, what "non communiqué" means), the filter in the subtitle, the source, the summary, the
 * legend and the size.
 */
export function finishSpec(dataset: Dataset, options: ChartOptions, draft: ChartDraft): ChartSpec {
  const { rest, unit, ...drafted } = draft;
  const bars = inPanelOrder(drafted.bars);
  const spec = { ...drafted, bars };
  const panels = panelsOf(bars);
  const notes = [...(panels.length > 1 ? [PANELS_NOTE] : panels.length === 1 ? [ONE_PANEL_NOTE] : []), ...spec.notes];
  if (spec.others) notes.push(groupingNote(spec.bars, rest, options));
  if (spec.missing.length > 0) notes.push(MISSING_NOTE);
  return {
    ...spec,
    subtitle: withSelection(spec.subtitle, options),
    ...(options.selectionLabel ? { selection: options.selectionLabel } : {}),
    notes,
    source: sourceLine(dataset),
    panels,
    summary: summarize(bars, panels, spec.missing, unit, spec.others),
    legend: scopesOf(spec.bars).map((scope) => ({
      pattern: SCOPE_INFO[scope].pattern,
      label: capitalize(SCOPE_INFO[scope].label),
      description: SCOPE_INFO[scope].description,
    })),
    corrections: chartCorrections(dataset, spec.id),
    width: CHART_WIDTH,
    height: stackedHeight(panels),
  };
}

/**
 * The corrections that bear on a chart drawn from `dataset` (the view's, filtered or not), oldest
 * first: those of every chart or of this one, and of no cluster or of a cluster the view holds,
 * since the chart then shows its figures (a cluster page's charts hold every cluster).
 */
export function chartCorrections(dataset: Dataset, chart: ChartId): ChartCorrection[] {
  const slugs = new Set(dataset.clusters.map((c) => c.slug));
  return (dataset.corrections ?? [])
    .filter((c) => (c.chart === undefined || c.chart === chart) && (c.cluster === undefined || slugs.has(c.cluster)))
    .map(({ date, text }) => ({ date, text }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
