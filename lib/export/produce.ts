// From a checked export request to the file: spec, captioned SVG, then the asked format.
import type { ChartSpec } from '../view/charts/spec';
import { employmentChartSpec } from '../view/charts/employment';
import { membersChartSpec } from '../view/charts/members';
import { chartAltText } from '../view/alt-text';
import { filteredCharts } from '../view/overview';
import { contextSourcesLine } from '../view/source-line';
import type { Dataset } from '../data/schema';
import { CHART_NARROW_WIDTH } from '../view/charts/spec';
import { COLUMN_LAYOUT, composeCaptionedChart, FULL_LAYOUT, PAGE_BACKGROUND, type CaptionedChart } from './captioned-svg';
import { altTextFile } from './alt-text-file';
import { chartCsv } from './chart-csv';
import { darkSvg } from './dark-svg';
import { measureText } from './fonts';
import { svgWithOutlinedText } from './outlined-text';
import { millimetresToPoints } from './print-sizes';
import { printPngSize, scaledPngSize, svgToPdf, svgToPng, svgWithFonts } from './render';
import { RenderQueueFullError, renderQueueFull } from './render-pool';
import { exportFileName, type ExportRequest } from './request';

export type ChartMarkupRenderer = (spec: ChartSpec) => { chart: string; swatches: string[] };

export type ExportFile = { body: Buffer; contentType: string; fileName: string };

export const CONTENT_TYPES = {
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;

/**
 * Prints narrower than this are laid out as a column: half as wide, with the chart's narrow drawing,
 * so that their letters print nearly twice as large as the full picture scaled down (4 pt at the least, not 2.2).
 */
export const COLUMN_PRINT_MAX_MM = 80;

/** The chart as the request asks for it: filtered, with a cluster picked out on a cluster page's chart. */
export function exportSpec(dataset: Dataset, request: ExportRequest): ChartSpec {
  const { shown, options } = filteredCharts(dataset, request.sectors);
  const chartOptions = { ...options, highlight: request.highlight ?? undefined };
  return request.chart === 'membres' ? membersChartSpec(shown, chartOptions) : employmentChartSpec(shown, chartOptions);
}

/**
 * The captioned picture a request asks for: laid out as a column for a narrow print, in full
 * otherwise; in the dark theme's colours for `theme=sombre`.
 */
export function captionedFor(dataset: Dataset, spec: ChartSpec, request: ExportRequest, renderMarkup: ChartMarkupRenderer): CaptionedChart {
  const column = (request.print?.widthMm ?? Infinity) < COLUMN_PRINT_MAX_MM;
  const drawn = column ? { ...spec, width: CHART_NARROW_WIDTH } : spec;
  const captioned = composeCaptionedChart({
    spec: drawn,
    ...renderMarkup(drawn),
    exportDate: request.date,
    context: contextSourcesLine(dataset),
    measure: measureText,
    layout: column ? COLUMN_LAYOUT : FULL_LAYOUT,
  });
  return request.dark ? { ...captioned, svg: darkSvg(captioned.svg) } : captioned;
}

/**
 * Renders the file; a PNG or a PDF rejects with a RenderQueueFullError when the render threads have
 * too much waiting already. `renderMarkup` draws the chart with the page's own component (react-dom/server),
 * passed in so that this module stays free of React.
 */
export async function produceExport(dataset: Dataset, request: ExportRequest, renderMarkup: ChartMarkupRenderer): Promise<ExportFile> {
  const spec = exportSpec(dataset, request);
  const fileName = exportFileName(request);
  const contentType = CONTENT_TYPES[request.format];
  if (request.format === 'csv') return { body: Buffer.from(chartCsv(spec), 'utf8'), contentType, fileName };
  if (request.format === 'txt') return { body: Buffer.from(altTextFile(spec, request.date), 'utf8'), contentType, fileName };

  // Refused before the SVG is composed: a burst past the queue then costs the event loop almost nothing.
  if ((request.format === 'png' || request.format === 'pdf') && renderQueueFull()) throw new RenderQueueFullError();
  const captioned = captionedFor(dataset, spec, request, renderMarkup);
  switch (request.format) {
    case 'png': {
      const size = request.print ? printPngSize(request.print) : scaledPngSize(request.scale);
      const svg = request.transparent ? captioned.svg.replace(request.dark ? darkSvg(PAGE_BACKGROUND) : PAGE_BACKGROUND, '') : captioned.svg;
      return { body: await svgToPng(svg, size, { transparent: request.transparent, description: chartAltText(spec) }), contentType, fileName };
    }
    case 'svg': {
      const svg = request.outlined ? svgWithOutlinedText(captioned.svg) : await svgWithFonts(captioned.svg, captioned.texts);
      return { body: Buffer.from(svg, 'utf8'), contentType, fileName };
    }
    case 'pdf': {
      // At a printed width, the page is that wide in points; otherwise one point per logical unit (A4's width).
      const width = request.print ? millimetresToPoints(request.print.widthMm) : captioned.width;
      const height = (captioned.height * width) / captioned.width;
      return { body: await svgToPdf(captioned.svg, width, height, { title: spec.title, subject: chartAltText(spec), date: request.date }), contentType, fileName };
    }
  }
}
