// The chart drawn by recharts, inside the page's server render. In the browser, `#server-chart` is
// server-chart.browser.ts instead (package.json "imports"), so recharts stays out of its bundle:
// the chart's SVG is already in the page, or arrives with the view the overview fetches.
import type { ChartSpec } from '@/lib/view/charts/spec';
import { ChartRenditions } from './horizontal-bar-chart';

export function ServerChart({ spec, chartKey }: { spec: ChartSpec; chartKey: string }) {
  return <ChartRenditions spec={spec} chartKey={chartKey} />;
}
