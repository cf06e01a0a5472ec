// The captioned chart on a page: the parts of lib/view/caption.ts, in its order (the export draws the same parts),
// with the export and embed menus beside the title and a link to the table under the others; embedded
// in an article (app/integrer), without the menus, with the site's stamp and a link to the full view.
import type { ReactNode } from 'react';
import { chartAltText } from '@/lib/view/alt-text';
import { captionParts, type CaptionPart } from '@/lib/view/caption';
import type { ChartSpec } from '@/lib/view/charts/spec';
import { LEGEND_INK } from '@/lib/view/theme';
import { PatternSwatch } from './charts/bar-pattern';
import { ChartCanvas } from './charts/chart-canvas';
import { EmbedMenu } from './embed-menu';
import { ExportMenu } from './export-menu';

type Props = {
  spec: ChartSpec;
  chartKey?: string;
  /** The chart's SVG, when it came with a view fetched in the browser (see ChartCanvas). */
  svg?: string;
  /** What the export URLs must reproduce: the sector filter, the cluster picked out, the page's date. */
  exportView?: { sectors?: string[]; highlight?: string | null; date?: string | null };
  /** Where the table of every cluster is, linked when the chart does not draw them all. */
  allClustersHref?: string;
  /** Shown in an article's frame: no menus; the footer ends with `stamp` and a link to the full view. */
  embedded?: { stamp: string; fullViewHref: string; fullViewText: string };
};

export function ChartFigure({ spec, chartKey = spec.id, svg, exportView = {}, allClustersHref, embedded }: Props) {
  const page: PageContext = { spec, chartKey, svg, exportView, allClustersHref, embedded, titleId: `${chartKey}-titre`, summaryId: `${chartKey}-resume` };
  return (
    <figure
      aria-labelledby={page.titleId}
      aria-describedby={page.summaryId}
      className="flex flex-col gap-3 rounded-md border border-rule bg-surface p-4 sm:p-5"
      data-chart={spec.id}
    >
      {captionParts(spec).map((part) => (
        <Part key={part.kind} part={part} page={page} />
      ))}
    </figure>
  );
}

type PageContext = Required<Pick<Props, 'spec' | 'chartKey' | 'exportView'>> & Pick<Props, 'svg' | 'allClustersHref' | 'embedded'> & { titleId: string; summaryId: string };
type PartOf<K extends CaptionPart['kind']> = Extract<CaptionPart, { kind: K }>;

function Part({ part, page }: { part: CaptionPart; page: PageContext }) {
  switch (part.kind) {
    case 'header':
      return <Header part={part} page={page} />;
    case 'chart':
      return (
        <div className="chart-frame">
          <ChartCanvas spec={page.spec} chartKey={page.chartKey} svg={page.svg} />
        </div>
      );
    case 'nothing-to-draw':
      return <p className="rounded bg-paper p-4 text-sm">{part.text}</p>;
    case 'others':
      return <Others part={part} allClustersHref={page.allClustersHref} />;
    case 'corrections':
      return <Corrections part={part} />;
    case 'legend':
      return <Legend part={part} chartKey={page.chartKey} />;
    case 'missing':
      return <Missing part={part} />;
    case 'footer':
      return <Footer part={part} embedded={page.embedded} />;
  }
}

/** Title, subtitle and the export menu; then the summary, where a screen reader meets it before the chart. */
function Header({ part, page }: { part: PartOf<'header'>; page: PageContext }) {
  const { spec, exportView } = page;
  return (
    <>
      {/*
        The title keeps room to be read: on a phone the menus go under it, at the right. There their
        lists open from the header's right edge (it is their positioned ancestor below sm), so that
        they stay on the screen; from sm up, each opens from its own button.
      */}
      <header className="flex flex-wrap items-start justify-between gap-3 max-sm:relative">
        <div className="min-w-0 grow basis-64">
          <h2 id={page.titleId} className="font-serif text-xl font-semibold">
            {part.title}
          </h2>
          <p className="text-sm text-muted">{part.subtitle}</p>
        </div>
        {page.embedded ? null : (
          <div className="ml-auto flex shrink-0 flex-wrap justify-end gap-2">
            <ExportMenu chart={spec.id} title={spec.title} altText={chartAltText(spec)} sectors={exportView.sectors ?? []} highlight={exportView.highlight ?? null} serverDate={exportView.date ?? null} />
            <EmbedMenu spec={spec} sectors={exportView.sectors ?? []} highlight={exportView.highlight ?? null} />
          </div>
        )}
      </header>
      <p id={page.summaryId} className="sr-only">
        {spec.summary}
      </p>
    </>
  );
}

function Others({ part, allClustersHref }: { part: PartOf<'others'>; allClustersHref?: string }) {
  return (
    <div className="flex flex-col gap-1 rounded bg-paper p-3 text-sm" data-others>
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
}

/** Under the chart, before the legend: a reader who saw the figures before must see what changed. */
function Corrections({ part }: { part: PartOf<'corrections'> }) {
  return (
    <div role="note" aria-label={part.name} className="flex flex-col gap-1 border-l-4 border-accent pl-3 text-sm" data-corrections>
      {part.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function Legend({ part, chartKey }: { part: PartOf<'legend'>; chartKey: string }) {
  const items = part.entries.map((entry) => (
    <li key={entry.pattern} className="flex items-start gap-2">
      <PatternSwatch id={`${chartKey}-legende-${entry.pattern}`} pattern={entry.pattern} color={LEGEND_INK} />
      <span>
        <strong className="font-semibold">{entry.label}</strong> — {entry.description}
      </span>
    </li>
  ));
  return <HeadedList heading={part.heading} headingClassName="sr-only" name={part.name} listClassName="flex flex-col gap-1 text-sm" items={items} />;
}

function Missing({ part }: { part: PartOf<'missing'> }) {
  const items = part.entries.map((entry) => (
    <li key={entry.key} className={entry.highlighted ? 'font-semibold' : undefined}>
      {entry.text}
    </li>
  ));
  return <HeadedList className="text-sm" heading={part.heading} headingClassName="font-semibold" name={part.name} listClassName="list-disc pl-5" items={items} />;
}

type HeadedListProps = { heading: string; name: string; className?: string; headingClassName: string; listClassName: string; items: ReactNode[] };

/** A list under its heading, named for screen readers: the legend, what is missing. */
function HeadedList({ heading, name, className, headingClassName, listClassName, items }: HeadedListProps) {
  return (
    <div className={className}>
      <h3 className={headingClassName}>{heading}</h3>
      <ul className={listClassName} aria-label={name}>
        {items}
      </ul>
    </div>
  );
}

function Footer({ part, embedded }: { part: PartOf<'footer'>; embedded?: Props['embedded'] }) {
  return (
    <figcaption className="flex flex-col gap-1 border-t border-rule pt-3 text-sm text-muted">
      {part.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <p className="text-ink">{part.source}</p>
      {embedded ? (
        <p className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <span>{embedded.stamp}</span>
          {/* Out of the frame: the full view refuses to be framed, and belongs in a tab of its own. */}
          <a href={embedded.fullViewHref} target="_blank" rel="noopener" className="font-semibold text-ink underline">
            {embedded.fullViewText}
            <span className="sr-only"> (nouvel onglet)</span>
          </a>
        </p>
      ) : null}
    </figcaption>
  );
}
