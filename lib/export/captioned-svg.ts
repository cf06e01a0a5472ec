// The exported chart as one SVG: the parts of lib/view/caption.ts (those of the page's figure, with the site and date), drawn one under the other.
import type { ChartSpec } from '../view/charts/spec';
import type { FontRole, Measure } from './fonts';
import { EXPORT_FONTS, fontStack } from './fonts';
import { chartAltText } from '../view/alt-text';
import { captionParts } from '../view/caption';
import { ACCENT, INK, MUTED, RULE, WHITE } from '../view/theme';

/** Logical width of an export: about an A4 page in points, 1 200 px at scale 1 (zoom 2). */
export const EXPORT_WIDTH = 600;

/**
 * How wide the picture is laid out, in logical units, and its margin. A narrow print (one newspaper
 * column) is laid out anew at half the width, with the chart's narrow drawing: scaled down from the
 * full one, its letters would print at under 3 pt.
 */
export type ExportLayout = { width: number; padding: number };
export const FULL_LAYOUT: ExportLayout = { width: EXPORT_WIDTH, padding: 24 };
export const COLUMN_LAYOUT: ExportLayout = { width: 300, padding: 10 };
/** The white behind the picture, which a transparent PNG leaves out. */
export const PAGE_BACKGROUND = `<rect width="100%" height="100%" fill="${WHITE}"/>`;

export type CaptionedChart = {
  svg: string;
  width: number;
  height: number;
  /** Every text the picture prints, for fonts to embed and tests to read. */
  texts: string[];
};

export type CaptionInput = {
  spec: ChartSpec;
  /** The inside of the chart's <svg>, drawn in spec.width × spec.height. */
  chart: string;
  /** One <svg> swatch per legend entry. */
  swatches: string[];
  /** ISO date printed as the export date, or null to print none. */
  exportDate: string | null;
  /** The context's public sources in a line, printed under the source (lib/view/source-line.ts). */
  context?: string | null;
  measure: Measure;
  /** FULL_LAYOUT unless said. */
  layout?: ExportLayout;
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Greedy word wrap; a word longer than the line gets a line of its own. */
export function wrapText(text: string, role: FontRole, size: number, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  // Split on plain spaces only: a no-break space (« 11 500 », « DATAR ») keeps its words together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, role, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fontAttributes(role: FontRole): string {
  return `font-family="${fontStack(role)}" font-weight="${EXPORT_FONTS[role].weight}"`;
}

export function composeCaptionedChart({ spec, chart, swatches, exportDate, context = null, measure, layout = FULL_LAYOUT }: CaptionInput): CaptionedChart {
  const { width: pageWidth, padding: margin } = layout;
  const contentWidth = pageWidth - 2 * margin;
  const parts: string[] = [];
  const texts: string[] = [];
  let y = margin;

  /** A wrapped paragraph; returns nothing, moves y below it. */
  const paragraph = (raw: string, role: FontRole, size: number, lineHeight: number, fill: string, x = margin, width = contentWidth) => {
    // French typography: no line break inside « … » nor before a colon or semicolon.
    const text = raw.replace(/« /g, '«\u00a0').replace(/ ([»:;])/g, '\u00a0$1');
    for (const line of wrapText(text, role, size, width, measure)) {
      y += lineHeight;
      parts.push(`<text x="${x}" y="${(y - lineHeight * 0.28).toFixed(1)}" font-size="${size}" ${fontAttributes(role)} fill="${fill}">${escapeXml(line)}</text>`);
    }
    texts.push(text);
  };

  for (const part of captionParts(spec, { date: exportDate, context })) {
    switch (part.kind) {
      case 'header':
        paragraph(part.title, 'serif', 24, 30, INK);
        y += 2;
        paragraph(part.subtitle, 'sans', 13, 18, MUTED);
        y += 12;
        break;
      case 'chart': {
        const chartHeight = spec.height * (contentWidth / spec.width);
        parts.push(
          `<svg x="${margin}" y="${y.toFixed(1)}" width="${contentWidth}" height="${chartHeight.toFixed(1)}" viewBox="0 0 ${spec.width} ${spec.height}" overflow="visible"><g font-family="${fontStack('sans')}">${chart}</g></svg>`,
        );
        for (const panel of spec.panels) texts.push(panel.heading, ...panel.ticks.map((tick) => tick.text));
        for (const bar of spec.bars) texts.push(bar.label, bar.sublabel ?? '', bar.valueText, bar.detail, bar.rank ?? '');
        y += chartHeight + 10;
        break;
      }
      case 'nothing-to-draw':
        paragraph(part.text, 'sans', 13, 18, INK);
        y += 10;
        break;
      case 'others':
        paragraph(part.title, 'sansSemibold', 12.5, 17, INK);
        for (const line of part.lines) paragraph(line, 'sans', 11.5, 16, INK);
        y += 8;
        break;
      case 'corrections': {
        // A rule in the site's colour beside the lines, as the page draws them.
        const top = y;
        for (const line of part.lines) paragraph(line, 'sansSemibold', 12, 17, INK, margin + 10, contentWidth - 10);
        parts.push(`<rect x="${margin}" y="${(top + 3).toFixed(1)}" width="3" height="${(y - top - 2).toFixed(1)}" fill="${ACCENT}"/>`);
        y += 10;
        break;
      }
      case 'legend':
        part.entries.forEach((entry, i) => {
          const swatch = swatches[i]?.replace('<svg ', `<svg x="${margin}" y="${(y + 3).toFixed(1)}" `) ?? '';
          parts.push(swatch);
          paragraph(`${entry.label} — ${entry.description}`, 'sans', 11.5, 16, INK, margin + 36, contentWidth - 36);
          y += 2;
        });
        break;
      case 'missing':
        y += 4;
        paragraph(`${part.heading} : ${part.entries.map((entry) => entry.text).join(' ; ')}.`, 'sans', 11.5, 16, INK);
        break;
      case 'footer':
        y += 8;
        parts.push(`<line x1="${margin}" x2="${pageWidth - margin}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="1"/>`);
        y += 4;
        for (const note of part.notes) paragraph(note, 'sans', 10.5, 14.5, MUTED);
        y += 4;
        paragraph(part.source, 'sans', 11, 15.5, INK);
        if (part.context) paragraph(part.context, 'sans', 10.5, 14.5, MUTED);
        y += 4;
        if (part.stamp) paragraph(part.stamp, 'sansSemibold', 10, 14, MUTED);
        break;
    }
  }
  y += margin - 4;

  const height = Math.ceil(y);
  const svg =
    // role="img" with its title and description: a screen reader meeting the picture in a page reads the chart's text alternative.
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pageWidth}" height="${height}" viewBox="0 0 ${pageWidth} ${height}" lang="fr" xml:space="preserve" role="img" aria-labelledby="titre-export" aria-describedby="description-export">` +
    `<title id="titre-export">${escapeXml(spec.title)}</title><desc id="description-export">${escapeXml(`${chartAltText(spec)} ${spec.source}`)}</desc>` +
    `${PAGE_BACKGROUND}${parts.join('')}</svg>`;
  return { svg, width: pageWidth, height, texts: texts.filter(Boolean) };
}
