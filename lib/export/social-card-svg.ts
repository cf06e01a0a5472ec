// The social card as one 1200 × 630 SVG: the site, a big title, the view in words, both charts side by
// side in compact bars (each bar on its panel's own scale, its scope's pattern), the latest correction
// when there is one, the source and the site's name.
import type { BarPattern } from '../data/scopes';
import type { ChartBar, ChartSpec } from '../view/charts/spec';
import { CARD_SIZE, CARD_SITE, cardChart, type CardChart, type SocialCard } from '../view/social-card';
import { ACCENT, INK, MUTED, RULE, WHITE } from '../view/theme';
import { escapeXml, wrapText, type CaptionedChart } from './captioned-svg';
import { EXPORT_FONTS, fontStack, type FontRole, type Measure } from './fonts';

/** The `<pattern>` a bar of that scope is filled with ("" for a solid fill): the charts' own (components/charts/bar-pattern.tsx). */
export type PatternMarkup = (id: string, pattern: BarPattern, color: string) => string;

const MARGIN = 56;
const COLUMN_GAP = 48;
const COLUMN_WIDTH = (CARD_SIZE.width - 2 * MARGIN - COLUMN_GAP) / 2;
/** Where the footer's rule is: the source and the site's name below it. */
const FOOTER_TOP = CARD_SIZE.height - 70;
/** The height of the correction line, above the footer's rule, when the charts have one. */
const CORRECTION_HEIGHT = 30;
/** The most bars a chart of the card draws: six rows stay legible in a thumbnail. */
const MAX_BARS = 6;
/** A bar's row at scale 1: its label's baseline, the bar's top and height, the row's height. */
const ROW = { label: 18, barTop: 24, barHeight: 17, height: 50 };
const PANEL_HEADING_HEIGHT = 24;
const LEFT_OUT_HEIGHT = 22;
/** Few bars are drawn larger, up to this scale, rather than leave the card half empty. */
const MAX_ROW_SCALE = 2;
/** Letters grow less than rows: past this, a label would outgrow its column. */
const MAX_TEXT_SCALE = 1.45;
/** Room right of the longest bar for its value ("19 000"). */
const VALUE_ROOM = 96;

export type SocialCardInput = { card: SocialCard; patternMarkup: PatternMarkup; measure: Measure };

/** A text cut to `width` with an ellipsis, word by word, then letter by letter for a lone long word. */
export function fitLine(text: string, role: FontRole, size: number, width: number, measure: Measure): string {
  if (measure(text, role, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, role, size) > width) {
    const space = cut.lastIndexOf(' ');
    cut = space > cut.length / 2 ? cut.slice(0, space) : cut.slice(0, -1);
  }
  return `${cut.replace(/[\s,;:·–—-]+$/u, '')}…`;
}

/** French typography: no line break inside « … » nor before a colon or semicolon (as captioned-svg.ts). */
function frenchSpacing(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ ([»:;])/g, '\u00a0$1');
}

/** A paragraph in at most `maxLines` lines, the last one cut with an ellipsis when the text runs over. */
export function wrapAtMost(text: string, role: FontRole, size: number, width: number, maxLines: number, measure: Measure): string[] {
  const lines = wrapText(text, role, size, width, measure).map((line) => fitLine(line, role, size, width, measure));
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), fitLine(`${lines.slice(maxLines - 1).join(' ')}`, role, size, width, measure)];
}

/** The height a chart's compact bars take on the card, at scale 1. */
function chartHeight(chart: CardChart): number {
  const rows = chart.panels.reduce((sum, p) => sum + PANEL_HEADING_HEIGHT + p.bars.length * ROW.height, 0);
  return rows + (chart.leftOut ? LEFT_OUT_HEIGHT : 0) + (chart.missing ? LEFT_OUT_HEIGHT + 6 : 0);
}

/** As many bars as fit in `height`, MAX_BARS at most. */
function fittingChart(spec: ChartSpec, height: number): CardChart {
  for (let bars = MAX_BARS; bars > 1; bars--) {
    const chart = cardChart(spec, bars);
    if (chartHeight(chart) <= height) return chart;
  }
  return cardChart(spec, 1);
}

export function composeSocialCard({ card, patternMarkup, measure }: SocialCardInput): CaptionedChart {
  const { width, height } = CARD_SIZE;
  const parts: string[] = [];
  const texts: string[] = [];
  const text = (x: number, y: number, content: string, role: FontRole, size: number, fill: string, extra = '') => {
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" font-family="${fontStack(role)}" font-weight="${EXPORT_FONTS[role].weight}" fill="${fill}"${extra}>${escapeXml(content)}</text>`,
    );
    texts.push(content);
  };
  const contentWidth = width - 2 * MARGIN;

  // A newspaper's masthead: a band of the site's colour, the site's name in capitals.
  parts.push(`<rect width="${width}" height="10" fill="${ACCENT}"/>`);
  text(MARGIN, 52, fitLine(CARD_SITE.toUpperCase(), 'sansBold', 17, contentWidth, measure), 'sansBold', 17, ACCENT, ' letter-spacing="0.6"');

  // The title on one line at 54, or on two at 44; past two lines, cut.
  let titleSize = 54;
  let titleLines = wrapText(card.title, 'serif', titleSize, contentWidth, measure);
  if (titleLines.length > 1) {
    titleSize = 44;
    titleLines = wrapAtMost(card.title, 'serif', titleSize, contentWidth, 2, measure);
  }
  let y = 60;
  for (const line of titleLines) {
    y += titleSize * 1.12;
    text(MARGIN, y, line, 'serif', titleSize, INK);
  }
  y += 8;
  for (const line of wrapAtMost(card.filter, 'sans', 22, contentWidth, 2, measure)) {
    y += 29;
    text(MARGIN, y, line, 'sans', 22, MUTED);
  }
  y += 18;
  parts.push(`<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="1.5"/>`);
  y += 14;

  // Both columns at one scale, so that a row looks the same on either side.
  const chartsTop = y + 32;
  const correctionsTop = FOOTER_TOP - (card.corrections.length > 0 ? CORRECTION_HEIGHT : 0);
  const room = correctionsTop - 12 - chartsTop;
  const charts = card.charts.map((spec) => ({ spec, chart: fittingChart(spec, room) }));
  const tallest = Math.max(...charts.map(({ chart }) => chartHeight(chart)), 1);
  const scale = Math.max(1, Math.min(MAX_ROW_SCALE, room / tallest));
  const textScale = Math.min(scale, MAX_TEXT_SCALE);
  charts.forEach(({ spec, chart }, i) => {
    const x = MARGIN + i * (COLUMN_WIDTH + COLUMN_GAP);
    text(x, chartsTop - 8, fitLine(spec.title, 'sansBold', 24, COLUMN_WIDTH, measure), 'sansBold', 24, INK);
    let cy = chartsTop;
    if (chart.missing) {
      cy += (LEFT_OUT_HEIGHT + 6) * scale;
      text(x, cy - 6 * scale, fitLine(chart.missing, 'sansBold', 18 * scale, COLUMN_WIDTH, measure), 'sansBold', 18 * scale, INK);
    }
    if (spec.bars.length === 0) {
      text(x, cy + 30, fitLine("Aucun chiffre dans l'article pour cette sélection.", 'sans', 18, COLUMN_WIDTH, measure), 'sans', 18, MUTED);
      return;
    }
    for (const { panel, bars } of chart.panels) {
      cy += PANEL_HEADING_HEIGHT * scale;
      const headingSize = 14 * Math.min(textScale, 1.2);
      text(x, cy - 6 * scale, fitLine(panel.heading.toUpperCase(), 'sansSemibold', headingSize, COLUMN_WIDTH, measure), 'sansSemibold', headingSize, MUTED, ' letter-spacing="0.5"');
      for (const bar of bars) {
        drawBar(bar, panel.end, x, cy, `carte-${spec.id}-${panel.scope}-${bar.key}`);
        cy += ROW.height * scale;
      }
    }
    if (chart.leftOut) text(x, cy + 16, fitLine(chart.leftOut, 'sans', 15, COLUMN_WIDTH, measure), 'sans', 15, MUTED);
  });

  function drawBar(bar: ChartBar, end: number, x: number, top: number, id: string) {
    const label = bar.sublabel ? `${bar.label} · ${bar.sublabel}` : bar.label;
    const role: FontRole = bar.highlighted ? 'sansBold' : 'sansSemibold';
    // Drawn larger only when it fits whole: a cut label says less than a smaller one.
    const labelSize = measure(label, role, 18 * textScale) <= COLUMN_WIDTH ? 18 * textScale : 18;
    text(x, top + ROW.label * scale, fitLine(label, role, labelSize, COLUMN_WIDTH, measure), role, labelSize, bar.dimmed ? MUTED : INK);
    const valueSize = 20 * textScale;
    const barWidth = Math.max(3, (bar.value / Math.max(end, 1)) * (COLUMN_WIDTH - VALUE_ROOM * textScale));
    const barTop = top + ROW.barTop * scale;
    const barHeight = ROW.barHeight * scale;
    const pattern = patternMarkup(id, bar.pattern, bar.color);
    const fill = bar.pattern === 'solid' ? bar.color : `url(#${id})`;
    const stroke = bar.highlighted ? `stroke="${INK}" stroke-width="2.5"` : `stroke="${bar.color}" stroke-width="1.5"`;
    const dash = bar.pattern === 'crosshatch' ? ' stroke-dasharray="4 3"' : '';
    parts.push(
      `${pattern ? `<defs>${pattern}</defs>` : ''}<rect x="${x + 0.75}" y="${barTop.toFixed(1)}" width="${(barWidth - 1.5).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${fill}" ${stroke}${dash} opacity="${bar.dimmed ? 0.4 : 1}"/>`,
    );
    text(x + barWidth + 10, barTop + barHeight / 2 + valueSize * 0.36, bar.valueText, 'sansBold', valueSize, INK);
  }

  // The latest correction on one line (cut if it must be), and how many others the site gives.
  if (card.corrections.length > 0) {
    const others = card.corrections.length - 1;
    const latest = card.corrections[card.corrections.length - 1];
    const more = others > 0 ? ` (et ${others === 1 ? 'une autre correction' : `${others} autres corrections`} sur le site)` : '';
    const size = 16;
    const line = fitLine(latest, 'sansBold', size, contentWidth - measure(more, 'sansBold', size), measure) + more;
    text(MARGIN, FOOTER_TOP - 10, line, 'sansBold', size, ACCENT);
  }

  parts.push(`<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${FOOTER_TOP}" y2="${FOOTER_TOP}" stroke="${RULE}" stroke-width="1.5"/>`);
  const siteWidth = measure(card.site, 'serif', 26);
  const sourceWidth = contentWidth - siteWidth - 40;
  wrapAtMost(frenchSpacing(card.source), 'sans', 14.5, sourceWidth, 2, measure).forEach((line, i) => text(MARGIN, FOOTER_TOP + 25 + i * 20, line, 'sans', 14.5, MUTED));
  text(width - MARGIN, FOOTER_TOP + 38, card.site, 'serif', 26, INK, ' text-anchor="end"');

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="fr" xml:space="preserve">` +
    `<title>${escapeXml(card.title)}</title><desc>${escapeXml(card.alt)}</desc>` +
    `<rect width="100%" height="100%" fill="${WHITE}"/>${parts.join('')}</svg>`;
  return { svg, width, height, texts };
}
