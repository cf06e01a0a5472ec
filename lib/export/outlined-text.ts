// The SVG with every letter drawn as an outline (`<path>`) from the project's fonts, for layout tools
// that ignore embedded fonts: the picture then needs no font at all, and looks as resvg draws it.
import type { Glyph } from 'fontkit';
import { escapeXml } from './captioned-svg';
import { EXPORT_FONTS, loadFont, type FontRole } from './fonts';

type Run = { text: string; attributes: Record<string, string> };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) attributes[name] = decodeXml(value);
  return attributes;
}

/** A <text>'s runs in order: its own text and its <tspan>s (one level, as the exports write them). */
function readRuns(inner: string, own: Record<string, string>): Run[] {
  const runs: Run[] = [];
  let rest = inner;
  while (rest.length > 0) {
    const open = rest.indexOf('<tspan');
    if (open < 0) {
      runs.push({ text: decodeXml(rest), attributes: own });
      break;
    }
    if (open > 0) runs.push({ text: decodeXml(rest.slice(0, open)), attributes: own });
    const tagEnd = rest.indexOf('>', open);
    const close = rest.indexOf('</tspan>', tagEnd);
    if (tagEnd < 0 || close < 0) throw new Error(`unclosed <tspan> in « ${inner.slice(0, 60)} »`);
    const attributes = { ...own, ...readAttributes(rest.slice(open + 6, tagEnd)) };
    if (/<[a-z]/i.test(rest.slice(tagEnd + 1, close))) throw new Error(`markup inside a <tspan> in « ${inner.slice(0, 60)} »`);
    runs.push({ text: decodeXml(rest.slice(tagEnd + 1, close)), attributes });
    rest = rest.slice(close + '</tspan>'.length);
  }
  return runs;
}

/** The font a run asks for, among the export's: the serif for titles, Geist by weight otherwise. */
export function runRole(attributes: Record<string, string>): FontRole {
  if ((attributes['font-family'] ?? '').includes(EXPORT_FONTS.serif.family)) return 'serif';
  const weight = Number(attributes['font-weight'] ?? 400);
  return weight >= 700 ? 'sansBold' : weight >= 600 ? 'sansSemibold' : 'sans';
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/** One glyph's outline, moved to its place: font units (y up) to the picture's (y down). */
function glyphPath(glyph: Glyph, x: number, y: number, scale: number): string {
  let d = '';
  const point = (px: number, py: number) => `${round(x + px * scale)} ${round(y - py * scale)}`;
  for (const { command, args } of glyph.path.commands) {
    if (command === 'moveTo') d += `M${point(args[0], args[1])}`;
    else if (command === 'lineTo') d += `L${point(args[0], args[1])}`;
    else if (command === 'quadraticCurveTo') d += `Q${point(args[0], args[1])} ${point(args[2], args[3])}`;
    else if (command === 'bezierCurveTo') d += `C${point(args[0], args[1])} ${point(args[2], args[3])} ${point(args[4], args[5])}`;
    else if (command === 'closePath') d += 'Z';
  }
  return d;
}

/** A <text> as a group of glyph outlines, named by its text for screen readers and searches. */
function outlineText(attributesSource: string, inner: string): string {
  const own = readAttributes(attributesSource);
  const size = Number(own['font-size'] ?? 16);
  const y = Number(own.y ?? 0) + Number(own.dy ?? 0);
  const runs = readRuns(inner, own).map((run) => {
    const font = loadFont(runRole(run.attributes));
    return { ...run, layout: font.layout(run.text), scale: Number(run.attributes['font-size'] ?? size) / font.unitsPerEm };
  });
  const advance = runs.reduce((sum, run) => sum + run.layout.positions.reduce((w, p) => w + p.xAdvance * run.scale, 0), 0);
  const anchor = own['text-anchor'] ?? 'start';
  let x = Number(own.x ?? 0) + Number(own.dx ?? 0) - (anchor === 'middle' ? advance / 2 : anchor === 'end' ? advance : 0);
  const drawn: string[] = [];
  for (const run of runs) {
    const paths: string[] = [];
    run.layout.glyphs.forEach((glyph, i) => {
      const position = run.layout.positions[i];
      const d = glyphPath(glyph, x + position.xOffset * run.scale, y - position.yOffset * run.scale, run.scale);
      if (d) paths.push(`<path d="${d}"/>`);
      x += position.xAdvance * run.scale;
    });
    if (paths.length > 0) drawn.push(`<g fill="${escapeXml(run.attributes.fill ?? '#000000')}">${paths.join('')}</g>`);
  }
  const label = runs.map((r) => r.text).join('').trim();
  const opacity = own.opacity ? ` opacity="${escapeXml(own.opacity)}"` : '';
  return `<g role="img" aria-label="${escapeXml(label)}"${opacity}>${drawn.join('')}</g>`;
}

/** The SVG with each <text> replaced by its letters' outlines, laid out with the fonts' advances and kerning. */
export function svgWithOutlinedText(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (_, attributes: string, inner: string) => outlineText(attributes, inner));
}
