// Server-side markup of a chart and its legend swatches, for exports and for the views the overview
// fetches: the same component as the page.
import { renderToStaticMarkup } from 'react-dom/server';
import type { ChartSpec } from '@/lib/view/charts/spec';
import { LEGEND_INK } from '@/lib/view/theme';
import { PatternSwatch } from './bar-pattern';
import { ChartRenditions, HorizontalBarChart } from './horizontal-bar-chart';

export type ChartMarkup = {
  /** The inside of the chart's <svg> (defs, bars, texts), drawn in a spec.width × spec.height box. */
  chart: string;
  /** One <svg> swatch per legend entry, in order. */
  swatches: string[];
};

/** The chart's drawings as the page shows them, for a view the overview fetches (pages/api/apercu.ts). */
export function chartSvg(spec: ChartSpec, chartKey: string): string {
  return renderToStaticMarkup(<ChartRenditions spec={spec} chartKey={chartKey} />);
}

export function renderChartMarkup(spec: ChartSpec, chartKey: string = spec.id): ChartMarkup {
  const html = renderToStaticMarkup(<HorizontalBarChart spec={spec} chartKey={`export-${chartKey}`} />);
  const open = html.indexOf('<svg');
  const close = html.lastIndexOf('</svg>');
  if (open < 0 || close < 0) throw new Error(`the chart « ${spec.title} » rendered no <svg>`);
  const inner = html.slice(html.indexOf('>', open) + 1, close);
  // In a file, a bar is a group: its link to the page would lead nowhere.
  const chart = inner.replace(/<a href="[^"]*"/g, '<g').replace(/<\/a>/g, '</g>');
  const swatches = spec.legend.map((entry) =>
    renderToStaticMarkup(<PatternSwatch id={`export-${chartKey}-legende-${entry.pattern}`} pattern={entry.pattern} color={LEGEND_INK} />),
  );
  return { chart, swatches };
}
