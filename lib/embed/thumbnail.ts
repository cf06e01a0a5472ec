// The height of an embed's thumbnail (the chart's web PNG), as the export lays the picture out
// (lib/export/produce.ts, captionedFor, in full): measured with the export's fonts, not drawn, so
// that an oEmbed answer costs no rasterising and its route loads none of the renderers.
import type { Dataset } from '../data/schema';
import { composeCaptionedChart, FULL_LAYOUT } from '../export/captioned-svg';
import { measureText } from '../export/fonts';
import { todayInParis } from '../format/iso-date';
import type { ChartSpec } from '../view/charts/spec';
import { contextSourcesLine } from '../view/source-line';
import { THUMBNAIL_WIDTH } from './oembed';

/** The picture's layout depends on the spec, not on the chart's markup: none is given. */
export function thumbnailHeight(dataset: Dataset, spec: ChartSpec): number {
  const captioned = composeCaptionedChart({
    spec,
    chart: '',
    swatches: spec.legend.map(() => ''),
    // An undated export is dated today; every date is one line of the same height.
    exportDate: todayInParis(),
    context: contextSourcesLine(dataset),
    measure: measureText,
    layout: FULL_LAYOUT,
  });
  return Math.round((captioned.height * THUMBNAIL_WIDTH) / captioned.width);
}
