// The captioned chart: title and subtitle, the chart, the others it does not draw, its legend, what is missing, notes and source.
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
      <header className="flex items-start justify-between gap-3">
        <div>
          <h2 id={titleId} className="font-serif text-xl font-semibold">
            {spec.title}
          </h2>
          <p className="text-sm text-muted">{spec.subtitle}</p>
        </div>
        <ExportMenu chart={spec.id} title={spec.title} sectors={exportView.sectors ?? []} highlight={exportView.highlight ?? null} />
      </header>
      <p id={summaryId} className="sr-only">
        {spec.summary}
      </p>
      {spec.bars.length > 0 ? (
        <div className="chart-frame">
          <ChartCanvas spec={spec} chartKey={chartKey} svg={svg} />
        </div>
      ) : (
        <p className="rounded bg-paper p-4 text-sm">Aucun chiffre à dessiner : l&apos;article n&apos;en donne pas pour cette sélection.</p>
      )}
      {spec.others ? (
        <div className="flex flex-col gap-1 rounded bg-paper p-3 text-sm" data-others>
          <h3 className="font-semibold">{spec.others.title}</h3>
          {spec.others.lines.map((line) => (
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
      ) : null}
      {spec.legend.length > 0 ? (
        <div>
          <h3 className="sr-only">Légende</h3>
          <ul className="flex flex-col gap-1 text-sm" aria-label={`Légende : ${spec.title}`}>
            {spec.legend.map((entry) => (
              <li key={entry.pattern} className="flex items-start gap-2">
                <PatternSwatch id={`${chartKey}-legende-${entry.pattern}`} pattern={entry.pattern} color={LEGEND_INK} />
                <span>
                  <strong className="font-semibold">{entry.label}</strong> — {entry.description}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {spec.missing.length > 0 ? (
        <div className="text-sm">
          <h3 className="font-semibold">Sans chiffre dans l&apos;article</h3>
          <ul className="list-disc pl-5" aria-label={`Non communiqué : ${spec.title}`}>
            {spec.missing.map((entry) => (
              <li key={entry.key} className={entry.highlighted ? 'font-semibold' : undefined}>
                {entry.label} : {entry.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <figcaption className="flex flex-col gap-1 border-t border-rule pt-3 text-sm text-muted">
        {spec.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <p className="text-ink">{spec.source}</p>
      </figcaption>
    </figure>
  );
}
