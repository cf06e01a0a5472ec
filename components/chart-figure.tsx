// The captioned chart on a page: the parts of lib/view/caption.ts, in its order (the export draws the same parts),
// with the export menu beside the title and a link to the table under the others.
import { Fragment } from 'react';
import { captionParts } from '@/lib/view/caption';
import type { ChartSpec } from '@/lib/view/charts/spec';
import { LEGEND_INK } from '@/lib/view/theme';
import { PatternSwatch } from './charts/bar-pattern';
import { ChartCanvas } from './charts/chart-canvas';
import { ExportMenu } from './export-menu';

type Props = {
  spec: ChartSpec;
  chartKey?: string;
  /** The chart's SVG, when it came with a view fetched in the browser (see ChartCanvas). */
  svg?: string;
  /** What the export URLs must reproduce: the sector filter, the cluster picked out. */
  exportView?: { sectors?: string[]; highlight?: string | null };
  /** Where the table of every cluster is, linked when the chart does not draw them all. */
  allClustersHref?: string;
};

export function ChartFigure({ spec, chartKey = spec.id, svg, exportView = {}, allClustersHref }: Props) {
  const titleId = `${chartKey}-titre`;
  const summaryId = `${chartKey}-resume`;
  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="flex flex-col gap-3 rounded-md border border-rule bg-white p-4 sm:p-5"
      data-chart={spec.id}
    >
      {captionParts(spec).map((part) => {
        switch (part.kind) {
          case 'header':
            // The summary follows the header, where a screen reader meets it before the chart.
            return (
              <Fragment key={part.kind}>
                <header className="flex items-start justify-between gap-3">
                  <div>
                    <h2 id={titleId} className="font-serif text-xl font-semibold">
                      {part.title}
                    </h2>
                    <p className="text-sm text-muted">{part.subtitle}</p>
                  </div>
                  <ExportMenu chart={spec.id} title={spec.title} sectors={exportView.sectors ?? []} highlight={exportView.highlight ?? null} />
                </header>
                <p id={summaryId} className="sr-only">
                  {spec.summary}
                </p>
              </Fragment>
            );
          case 'chart':
            return (
              <div key={part.kind} className="chart-frame">
                <ChartCanvas spec={spec} chartKey={chartKey} svg={svg} />
              </div>
            );
          case 'nothing-to-draw':
            return (
              <p key={part.kind} className="rounded bg-paper p-4 text-sm">
                {part.text}
              </p>
            );
          case 'others':
            return (
              <div key={part.kind} className="flex flex-col gap-1 rounded bg-paper p-3 text-sm" data-others>
                <h3 className="font-semibold">{part.title}</h3>
                {part.lines.map((line) => (
                  <p key={line}>{line}</p>
                ))}
                {allClustersHref ? (
                  <p>
                    <a href={allClustersHref} className="font-semibold underline">
                      Voir toutes les grappes
                    </a>
                  </p>
                ) : null}
              </div>
            );
          case 'legend':
            return (
              <div key={part.kind}>
                <h3 className="sr-only">{part.heading}</h3>
                <ul className="flex flex-col gap-1 text-sm" aria-label={part.name}>
                  {part.entries.map((entry) => (
                    <li key={entry.pattern} className="flex items-start gap-2">
                      <PatternSwatch id={`${chartKey}-legende-${entry.pattern}`} pattern={entry.pattern} color={LEGEND_INK} />
                      <span>
                        <strong className="font-semibold">{entry.label}</strong> — {entry.description}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          case 'missing':
            return (
              <div key={part.kind} className="text-sm">
                <h3 className="font-semibold">{part.heading}</h3>
                <ul className="list-disc pl-5" aria-label={part.name}>
                  {part.entries.map((entry) => (
                    <li key={entry.key} className={entry.highlighted ? 'font-semibold' : undefined}>
                      {entry.text}
                    </li>
                  ))}
                </ul>
              </div>
            );
          case 'footer':
            return (
              <figcaption key={part.kind} className="flex flex-col gap-1 border-t border-rule pt-3 text-sm text-muted">
                {part.notes.map((note) => (
                  <p key={note}>{note}</p>
                ))}
                <p className="text-ink">{part.source}</p>
              </figcaption>
            );
        }
      })}
    </figure>
  );
}
