// The last step of every chart's builder: the notes all charts end with, the source, summary, legend and size.
import type { Dataset } from '../../data/schema';
import { SCOPE_INFO } from '../../data/scopes';
import { sourceLine } from '../source-line';
import { scopesOf } from './bars';
import { groupingNote } from './grouping';
import { CHART_PADDING, CHART_ROW_HEIGHT, CHART_WIDTH, type ChartBar, type ChartOptions, type ChartSpec } from './spec';
import { capitalize, MISSING_NOTE, summarize, withSelection } from './words';

/** What a builder has found: the bars it draws and those it does not, and its own words. */
export type ChartDraft = Pick<ChartSpec, 'id' | 'title' | 'subtitle' | 'notes' | 'bars' | 'others' | 'missing'> & {
  rest: ChartBar[];
  /** Completes "Aucun chiffre … à montrer": "de membres", "d'emplois". */
  unit: string;
};

/**
 * The spec from a builder's draft: the notes every chart ends with (what it grouped, what "non
 * communiqué" means), the filter in the subtitle, the source, the summary, the legend and the size.
 */
export function finishSpec(dataset: Dataset, options: ChartOptions, draft: ChartDraft): ChartSpec {
  const { rest, unit, ...spec } = draft;
  const notes = [...spec.notes];
  if (spec.others) notes.push(groupingNote(spec.bars, rest, options));
  if (spec.missing.length > 0) notes.push(MISSING_NOTE);
  return {
    ...spec,
    subtitle: withSelection(spec.subtitle, options),
    notes,
    source: sourceLine(dataset),
    summary: summarize(spec.bars, spec.missing, unit, spec.others),
    legend: scopesOf(spec.bars).map((scope) => ({
      pattern: SCOPE_INFO[scope].pattern,
      label: capitalize(SCOPE_INFO[scope].label),
      description: SCOPE_INFO[scope].description,
    })),
    width: CHART_WIDTH,
    height: Math.max(1, spec.bars.length) * CHART_ROW_HEIGHT + CHART_PADDING,
  };
}
