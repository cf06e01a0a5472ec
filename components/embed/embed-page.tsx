// One chart of one view, alone, as an article frames it: the captioned chart without the site's
// frame or menus, links opening outside the frame, its height told to the framing page.
import { ChartFigure } from '@/components/chart-figure';
import type { Dataset } from '@/lib/data/schema';
import { embedChartSpec, embedStamp, FULL_VIEW_LINK_TEXT } from '@/lib/embed/embed-chart';
import { embedPath, fullViewPath, type EmbedView } from '@/lib/embed/embed-view';
import { HeightReporter } from './height-reporter';

export function EmbedPage({ dataset, view }: { dataset: Dataset; view: EmbedView }) {
  const spec = embedChartSpec(dataset, view);
  return (
    <HeightReporter id={embedPath(view)} theme={view.theme}>
      {/* Every link (the bars' cluster pages, the full view) opens a tab: those pages refuse to be framed. */}
      <base target="_blank" />
      <main>
        <ChartFigure
          spec={spec}
          exportView={{ sectors: view.sectors, highlight: view.highlight }}
          embedded={{ stamp: embedStamp(dataset), fullViewHref: fullViewPath(view), fullViewText: FULL_VIEW_LINK_TEXT }}
        />
      </main>
    </HeightReporter>
  );
}
