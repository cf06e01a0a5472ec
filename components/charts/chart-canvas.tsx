'use client';
// The chart on the page: the server's SVG, plus a tooltip that follows the pointer and the keyboard.
// The SVG itself is drawn on the server (`#server-chart`); this island only reads each bar's data-bar key.
import { ServerChart } from '#server-chart';
import { memo, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { ChartBar, ChartSpec } from '@/lib/view/charts/spec';

type Props = {
  spec: ChartSpec;
  chartKey: string;
  /** The chart's markup when it came with a view fetched in the browser; else the server's HTML is kept. */
  svg?: string;
};

/** The bar under the pointer or the keyboard focus, and where its tooltip goes (px from the top). */
type Active = { bar: ChartBar; top: number };

/**
 * The markup each spec was shown with, for the first view: its SVG is in the page's HTML, never in
 * the props, and must come back when that view does (a filter undone, a chart shown again).
 */
const pageSvg = new WeakMap<ChartSpec, string>();

export function ChartCanvas({ spec, chartKey, svg }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  // Null for the server-rendered view: the server draws it, and in the browser it is already there.
  const markup = svg ?? pageSvg.get(spec) ?? null;
  // What the host's DOM shows now, so that only a real change of chart rewrites it (a rewrite would
  // drop the focus of the bar a keyboard user is on).
  const shown = useRef<string | null>(markup);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    if (markup === null) {
      // Hydrated: keep the server's SVG, and remember it.
      shown.current = element.innerHTML;
      pageSvg.set(spec, shown.current);
    } else if (markup !== shown.current) {
      element.innerHTML = markup;
      shown.current = markup;
    }
  }, [spec, markup]);

  const activate = (event: SyntheticEvent) => {
    const link = (event.target as Element).closest?.('[data-bar]');
    const bar = link ? spec.bars.find((b) => b.key === link.getAttribute('data-bar')) : undefined;
    if (!link || !bar || !frame.current) return;
    const top = link.getBoundingClientRect().bottom - frame.current.getBoundingClientRect().top + 6;
    setActive((current) => (current?.bar === bar && current.top === top ? current : { bar, top }));
  };

  return (
    <div ref={frame} className="relative" onMouseOver={activate} onFocus={activate} onBlur={() => setActive(null)} onMouseLeave={() => setActive(null)}>
      <SvgHost ref={host} initial={markup} spec={spec} chartKey={chartKey} />
      {active ? <BarTooltip bar={active.bar} top={active.top} /> : null}
    </div>
  );
}

type SvgHostProps = { ref: React.Ref<HTMLDivElement>; initial: string | null; spec: ChartSpec; chartKey: string };

/**
 * The element the SVG lives in. React writes it once and never again: the layout effect above swaps
 * the markup when the chart changes.
 */
const SvgHost = memo(
  function SvgHost({ ref, initial, spec, chartKey }: SvgHostProps) {
    if (initial !== null) return <div ref={ref} data-chart-svg="" dangerouslySetInnerHTML={{ __html: initial }} />;
    // The server-rendered view: recharts draws it on the server; in the browser, hydration keeps the
    // server's SVG as it is, since React does not look inside an element given its inner HTML.
    if (typeof window === 'undefined') {
      return (
        <div ref={ref} data-chart-svg="">
          <ServerChart spec={spec} chartKey={chartKey} />
        </div>
      );
    }
    return <div ref={ref} data-chart-svg="" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
  },
  () => true,
);

function BarTooltip({ bar, top }: { bar: ChartBar; top: number }) {
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute inset-x-0 z-10 mx-auto max-w-sm rounded border border-rule bg-surface p-3 text-sm shadow-md"
      style={{ top }}
    >
      <p className="font-semibold">{bar.sublabel ? `${bar.label} · ${bar.sublabel}` : bar.label}</p>
      <p className="tabular">
        <strong>{bar.valueText}</strong> {bar.detail}
      </p>
      {bar.rank ? <p>{bar.rank}</p> : null}
      <blockquote className="mt-2 border-l-2 border-rule pl-2 italic text-muted">« {bar.quote} »</blockquote>
      {bar.caveat ? <p className="mt-2 text-muted">{bar.caveat}</p> : null}
    </div>
  );
}
