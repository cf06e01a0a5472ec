// Server-side markup of a chart and its legend swatches, for exports and for the views the overview
// fetches: the same component as the page.
import { renderToStaticMarkup } from 'react-dom/server';
import { compactChartMarkup } from '@/lib/view/charts/compact-markup';
import { panelOffsets } from '@/lib/view/charts/panels';
import { PANEL_HEADING_HEIGHT, type ChartPanel, type ChartSpec } from '@/lib/view/charts/spec';
import { INK, LEGEND_INK } from '@/lib/view/theme';
import type { OverviewView, OverviewWithCharts } from '@/lib/view/overview';
import { PatternSwatch } from './bar-pattern';
import { ChartRenditions, PanelChart } from './horizontal-bar-chart';

export type ChartMarkup = {
  /**
   * The inside of the chart's <svg>, drawn in a spec.width × spec.height box: each panel's heading,
   * then its drawing (defs, bars, graduations), one under the other.
   */
  chart: string;
  /** One <svg> swatch per legend entry, in order. */
  swatches: string[];
};

/**
 * The chart's drawings as the page shows them, for a view the overview fetches (pages/api/apercu.ts),
 * without what recharts writes for itself alone.
 */
export function chartSvg(spec: ChartSpec, chartKey: string): string {
  return compactChartMarkup(renderToStaticMarkup(<ChartRenditions spec={spec} chartKey={chartKey} />));
}

/**
 * A view with each chart's drawings, as GET /api/apercu sends it (null: no bar to draw). Shared with
 * the scale bench, so that it times the very code the API answers with.
 */
export function withChartSvg(view: OverviewView): OverviewWithCharts {
  const svgOf = (spec: ChartSpec) => (spec.bars.length > 0 ? chartSvg(spec, spec.id) : null);
  return { ...view, svg: { members: svgOf(view.members), employment: svgOf(view.employment) } };
}

export function renderChartMarkup(spec: ChartSpec, chartKey: string = spec.id): ChartMarkup {
  const offsets = panelOffsets(spec.panels);
  const chart = spec.panels
    .map((panel, i) => {
      const heading = renderToStaticMarkup(
        <text x={0} y={offsets[i] + PANEL_HEADING_HEIGHT - 9} fontSize={14} fontWeight={700} fill={INK}>
          {panel.heading}
        </text>,
      );
      return `${heading}<g transform="translate(0 ${offsets[i] + PANEL_HEADING_HEIGHT})">${panelInner(spec, panel, `export-${chartKey}-${panel.scope}`)}</g>`;
    })
    .join('');
  const swatches = spec.legend.map((entry) =>
    renderToStaticMarkup(<PatternSwatch id={`export-${chartKey}-legende-${entry.pattern}`} pattern={entry.pattern} color={LEGEND_INK} />),
  );
  return { chart, swatches };
}

/** The inside of one panel's <svg>. In a file, a bar is a group: its link to the page would lead nowhere. */
function panelInner(spec: ChartSpec, panel: ChartPanel, panelKey: string): string {
  const html = renderToStaticMarkup(<PanelChart spec={spec} panel={panel} chartKey={panelKey} />);
  const open = html.indexOf('<svg');
  const close = html.lastIndexOf('</svg>');
  if (open < 0 || close < 0) throw new Error(`the chart « ${spec.title} » rendered no <svg> for « ${panel.heading} »`);
  const inner = html.slice(html.indexOf('>', open) + 1, close);
  return inner.replace(/<a href="[^"]*"/g, '<g').replace(/<\/a>/g, '</g>');
}

