// The exported chart as one SVG: title, subtitle, chart, the others it does not draw, legend, what is missing, notes, source, site and date.
import type { ChartSpec } from '../view/charts/spec';
import { formatDate } from '../format/french';
import type { FontRole, Measure } from './fonts';
import { EXPORT_FONTS } from './fonts';
import { INK, MUTED, RULE, WHITE } from '../view/theme';

/** Logical width of an export: about an A4 page in points, 1 200 px at scale 1 (zoom 2). */
export const EXPORT_WIDTH = 600;
const PADDING = 24;
const CONTENT = EXPORT_WIDTH - 2 * PADDING;
export const SITE_NAME = "Grappes d'entreprises";

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
  measure: Measure;
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
  const { family, weight } = EXPORT_FONTS[role];
  const fallback = role === 'serif' ? 'Georgia, serif' : 'Arial, sans-serif';
  return `font-family="'${family}', ${fallback}" font-weight="${weight}"`;
}

export function composeCaptionedChart({ spec, chart, swatches, exportDate, measure }: CaptionInput): CaptionedChart {
  const parts: string[] = [];
  const texts: string[] = [];
  let y = PADDING;

  /** A wrapped paragraph; returns nothing, moves y below it. */
  const paragraph = (raw: string, role: FontRole, size: number, lineHeight: number, fill: string, x = PADDING, width = CONTENT) => {
    // French typography: no line break inside « … » nor before a colon or semicolon.
    const text = raw.replace(/« /g, '«\u00a0').replace(/ ([»:;])/g, '\u00a0$1');
    for (const line of wrapText(text, role, size, width, measure)) {
      y += lineHeight;
      parts.push(`<text x="${x}" y="${(y - lineHeight * 0.28).toFixed(1)}" font-size="${size}" ${fontAttributes(role)} fill="${fill}">${escapeXml(line)}</text>`);
    }
    texts.push(text);
  };

  paragraph(spec.title, 'serif', 24, 30, INK);
  y += 2;
  paragraph(spec.subtitle, 'sans', 13, 18, MUTED);
  y += 12;

  const scale = CONTENT / spec.width;
  const chartHeight = spec.height * scale;
  if (spec.bars.length > 0) {
    parts.push(
      `<svg x="${PADDING}" y="${y.toFixed(1)}" width="${CONTENT}" height="${chartHeight.toFixed(1)}" viewBox="0 0 ${spec.width} ${spec.height}" overflow="visible"><g font-family="'Geist', Arial, sans-serif">${chart}</g></svg>`,
    );
    for (const bar of spec.bars) texts.push(bar.label, bar.sublabel ?? '', bar.valueText, bar.detail, bar.rank ?? '');
    y += chartHeight + 10;
  } else {
    paragraph("Aucun chiffre à dessiner : l'article n'en donne pas pour cette sélection.", 'sans', 13, 18, INK);
    y += 10;
  }

  if (spec.others) {
    paragraph(spec.others.title, 'sansSemibold', 12.5, 17, INK);
    for (const line of spec.others.lines) paragraph(line, 'sans', 11.5, 16, INK);
    y += 8;
  }
  spec.legend.forEach((entry, i) => {
    const top = y;
    const swatch = swatches[i]?.replace('<svg ', `<svg x="${PADDING}" y="${(top + 3).toFixed(1)}" `) ?? '';
    parts.push(swatch);
    paragraph(`${entry.label} — ${entry.description}`, 'sans', 11.5, 16, INK, PADDING + 36, CONTENT - 36);
    y += 2;
  });

  if (spec.missing.length > 0) {
    y += 4;
    const missing = spec.missing.map((m) => `${m.label} : ${m.reason}`).join(' ; ');
    paragraph(`Sans chiffre dans l'article : ${missing}.`, 'sans', 11.5, 16, INK);
  }

  y += 8;
  parts.push(`<line x1="${PADDING}" x2="${EXPORT_WIDTH - PADDING}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="1"/>`);
  y += 4;
  for (const note of spec.notes) paragraph(note, 'sans', 10.5, 14.5, MUTED);
  y += 4;
  paragraph(spec.source, 'sans', 11, 15.5, INK);
  y += 4;
  const stamp = exportDate ? `${SITE_NAME} · exporté le ${formatDate(exportDate)}` : SITE_NAME;
  paragraph(stamp, 'sansSemibold', 10, 14, MUTED);
  y += PADDING - 4;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" lang="fr">` +
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(`${spec.summary} ${spec.source}`)}</desc>` +
    `<rect width="100%" height="100%" fill="${WHITE}"/>${parts.join('')}</svg>`;
  return { svg, width: EXPORT_WIDTH, height, texts: texts.filter(Boolean) };
}
