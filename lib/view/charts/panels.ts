// A chart's panels: its bars cut by scope, each run of one scope under its heading and on its own scale.
import { SCOPES } from '../../data/scopes';
import { scopeHeading } from './words';
import { panelScale } from './scale';
import { CHART_ROW_HEIGHT, PANEL_AXIS_HEIGHT, PANEL_GAP, PANEL_HEADING_HEIGHT, PANEL_TOP, type ChartBar, type ChartPanel } from './spec';

/** The bars in panel order: scope by scope as SCOPES lists them, each scope's bars in the order given. */
export function inPanelOrder(bars: ChartBar[]): ChartBar[] {
  return SCOPES.flatMap((scope) => bars.filter((bar) => bar.scope === scope));
}

/** The panels of bars already in panel order: one per scope, each with its heading and scale. */
export function panelsOf(bars: ChartBar[]): ChartPanel[] {
  const panels: ChartPanel[] = [];
  bars.forEach((bar, index) => {
    const last = panels[panels.length - 1];
    if (last && last.scope === bar.scope) {
      last.count += 1;
    } else {
      panels.push({ scope: bar.scope, heading: scopeHeading(bar.scope), first: index, count: 1, end: 0, ticks: [] });
    }
  });
  return panels.map((panel) => ({ ...panel, ...panelScale(Math.max(...barsOf(bars, panel).map((b) => b.value))) }));
}

export function barsOf(bars: ChartBar[], panel: ChartPanel): ChartBar[] {
  return bars.slice(panel.first, panel.first + panel.count);
}

/** A panel's drawing: its bars' rows and its graduated line, without its heading. */
export function panelHeight(panel: ChartPanel): number {
  return PANEL_TOP + panel.count * CHART_ROW_HEIGHT + PANEL_AXIS_HEIGHT;
}

/** Where each panel's heading starts, from the top of the chart, as an export stacks them. */
export function panelOffsets(panels: ChartPanel[]): number[] {
  const offsets: number[] = [];
  let y = 0;
  for (const panel of panels) {
    offsets.push(y);
    y += PANEL_HEADING_HEIGHT + panelHeight(panel) + PANEL_GAP;
  }
  return offsets;
}

/** Every panel with its heading, one under the other (at least one row high, for a chart without bars). */
export function stackedHeight(panels: ChartPanel[]): number {
  if (panels.length === 0) return PANEL_TOP + CHART_ROW_HEIGHT + PANEL_AXIS_HEIGHT;
  const offsets = panelOffsets(panels);
  const last = panels[panels.length - 1];
  return offsets[offsets.length - 1] + PANEL_HEADING_HEIGHT + panelHeight(last);
}
