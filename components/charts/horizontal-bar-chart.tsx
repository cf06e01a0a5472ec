// A horizontal bar chart drawn from a ChartSpec (lib/view/charts/spec.ts), as static SVG: rendered on the
// server only (for the page by server-chart.tsx, for pages/api/apercu.ts and the exports by chart-markup.tsx),
// so recharts never reaches the browser (components/charts/README.md). Its tooltip is the ChartCanvas island.
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { roundCoordinate } from '@/lib/view/charts/compact-markup';
import { barsOf, panelHeight } from '@/lib/view/charts/panels';
import { CHART_NARROW_WIDTH, PANEL_AXIS_HEIGHT, PANEL_TOP, type ChartBar, type ChartPanel, type ChartSpec } from '@/lib/view/charts/spec';
import { centredBaselineShift } from '@/lib/view/text-metrics';
import { INK, MUTED, RULE } from '@/lib/view/theme';
import { PatternDef, patternFill } from './bar-pattern';
import { classes, paint } from './paint';

const BAR_THICKNESS = 20;
/** Room right of the longest bar's figure. */
const RIGHT_MARGIN = 12;
/** How far a graduation's tick reaches below the axis. */
const TICK_SIZE = 4;

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: ChartBar; index?: number };

/**
 * The chart as the page shows it: drawn twice, at its spec's width and at CHART_NARROW_WIDTH, and
 * the page's CSS shows the one that suits the screen (`.chart-wide`, `.chart-narrow` in
 * app/globals.css). Each is scaled by CSS to its column. The hidden one is `display: none`, out of
 * sight and of the accessibility tree.
 */
export function ChartRenditions({ spec, chartKey }: { spec: ChartSpec; chartKey: string }) {
  return (
    <>
      <div className="chart-wide">
        <ChartPanels spec={spec} chartKey={chartKey} />
      </div>
      <div className="chart-narrow">
        <ChartPanels spec={{ ...spec, width: CHART_NARROW_WIDTH }} chartKey={`${chartKey}-etroit`} />
      </div>
    </>
  );
}

/** One group per panel, named by its heading: the scope its bars cover, then its drawing. */
export function ChartPanels({ spec, chartKey }: { spec: ChartSpec; chartKey: string }) {
  return spec.panels.map((panel) => {
    const panelKey = `${chartKey}-${panel.scope}`;
    return (
      <div key={panel.scope} role="group" aria-labelledby={`${panelKey}-titre`} className="chart-panel not-first:mt-4" data-panel={panel.scope}>
        <h3 id={`${panelKey}-titre`} className="text-sm font-bold">
          {panel.heading}
        </h3>
        <PanelChart spec={spec} panel={panel} chartKey={panelKey} />
      </div>
    );
  });
}

/**
 * One panel's bars, drawn at the spec's width on the panel's own scale, with its graduations under
 * them; scaled by CSS to its column.
 */
export function PanelChart({ spec, panel, chartKey }: { spec: ChartSpec; panel: ChartPanel; chartKey: string }) {
  const height = panelHeight(panel);
  return (
    <BarChart
      id={chartKey}
      width={spec.width}
      height={height}
      data={barsOf(spec.bars, panel)}
      layout="vertical"
      margin={{ top: PANEL_TOP, right: RIGHT_MARGIN, bottom: 0, left: 0 }}
      barSize={BAR_THICKNESS}
      title={`${spec.title} — ${panel.heading}`}
      style={{ width: '100%', height: 'auto', aspectRatio: `${spec.width} / ${height}` }}
    >
      <XAxis
        type="number"
        dataKey="value"
        domain={[0, panel.end]}
        ticks={panel.ticks.map((t) => t.value)}
        interval={0}
        height={PANEL_AXIS_HEIGHT}
        // The axis and tick lines are drawn by Graduation: recharts would copy the axis's props
        // onto each <line> as attributes that SVG ignores.
        axisLine={false}
        tickLine={false}
        tickSize={TICK_SIZE}
        tick={(props: unknown) => <Graduation {...(props as GraduationProps)} panel={panel} axisEnd={spec.width - RIGHT_MARGIN} />}
      />
      <YAxis type="category" dataKey="key" hide interval={0} />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: unknown) => <BarShape {...(props as ShapeProps)} chartKey={chartKey} />}
      />
    </BarChart>
  );
}

type GraduationProps = { x?: number; y?: number; index?: number; payload?: { value: number } };

/**
 * A graduation: its tick under the axis and its figure under the tick; the first one starts at the
 * panel's edge, the others are centred on theirs. The first also draws the axis, to `axisEnd`.
 */
function Graduation({ x = 0, y = 0, index = 0, payload, panel, axisEnd }: GraduationProps & { panel: ChartPanel; axisEnd: number }) {
  const tick = panel.ticks.find((t) => t.value === payload?.value);
  if (!tick) return null;
  const axisY = panelHeight(panel) - PANEL_AXIS_HEIGHT;
  const tickX = roundCoordinate(x);
  const line = { stroke: RULE, className: paint('stroke', RULE) };
  return (
    <>
      {index === 0 ? <line {...line} x1={0} y1={axisY} x2={axisEnd} y2={axisY} /> : null}
      <line {...line} x1={tickX} y1={axisY} x2={tickX} y2={axisY + TICK_SIZE} />
      <text x={tickX} y={y + 14} fontSize={12} fill={MUTED} textAnchor={index === 0 ? 'start' : 'middle'} className={classes(paint('fill', MUTED), 'tabular')}>
        {tick.text}
      </text>
    </>
  );
}

function BarShape({ x = 0, y = 0, width = 0, height = 0, payload, index = 0, chartKey }: ShapeProps & { chartKey: string }) {
  if (!payload) return null;
  const patternId = `${chartKey}-motif-${index}`;
  const label = payload.sublabel ? `${payload.label} · ${payload.sublabel}` : payload.label;
  return (
    <a
      href={payload.href}
      // The name reads the bar's visible text in order (WCAG 2.5.3: label in name).
      aria-label={`${label} ${payload.valueText} ${payload.detail}${payload.rank ? ` · ${payload.rank}` : ''}`}
      className="chart-bar"
      data-bar={payload.key}
    >
      <defs>
        <PatternDef id={patternId} pattern={payload.pattern} color={payload.color} />
      </defs>
      <text x={x} y={y - 10} fontSize={15} fontWeight={payload.highlighted ? 700 : payload.dimmed ? 400 : 600} fill={INK} className={paint('fill', INK)}>
        {payload.label}
        {payload.sublabel ? (
          <tspan fontWeight={400} fill={MUTED} className={paint('fill', MUTED)}>
            {`\u00a0· ${payload.sublabel}`}
          </tspan>
        ) : null}
        {/* A trailing space, invisible in SVG, separates the texts when they are read as one name. */}
        {' '}
      </text>
      <rect
        opacity={payload.dimmed ? 0.4 : 1}
        x={x}
        y={y}
        width={roundCoordinate(Math.max(width, 1))}
        height={height}
        fill={patternFill({ id: patternId, pattern: payload.pattern, color: payload.color })}
        stroke={payload.highlighted ? INK : payload.color}
        className={classes(payload.pattern === 'solid' && paint('fill', payload.color), paint('stroke', payload.highlighted ? INK : payload.color))}
        strokeWidth={payload.highlighted ? 2.5 : 1.5}
        strokeDasharray={payload.pattern === 'crosshatch' ? '4 3' : undefined}
      />
      <text x={roundCoordinate(x + width + 8)} y={y + height / 2} dy={centredBaselineShift(15)} fontSize={15} fontWeight={700} fill={INK} className={classes(paint('fill', INK), 'tabular')}>
        {payload.valueText}{' '}
      </text>
      <text x={x} y={y + height + 16} fontSize={13} fill={MUTED} className={paint('fill', MUTED)}>
        {payload.detail}
        {payload.rank ? <tspan fontWeight={700} fill={INK} className={paint('fill', INK)}>{`\u00a0· ${payload.rank}`}</tspan> : null}
      </text>
    </a>
  );
}
