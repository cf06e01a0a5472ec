// The fonts of exported charts: TTF files shipped by npm packages, loaded once, measured with fontkit.
import path from 'node:path';
import * as fontkit from 'fontkit';

export type FontRole = 'sans' | 'sansSemibold' | 'sansBold' | 'serif';

/** Font files, relative to the project root; `family` and `weight` are how SVG text names them. */
export const EXPORT_FONTS: Record<FontRole, { file: string; family: string; weight: number }> = {
  sans: { file: 'node_modules/geist/dist/fonts/geist-sans/Geist-Regular.ttf', family: 'Geist', weight: 400 },
  sansSemibold: { file: 'node_modules/geist/dist/fonts/geist-sans/Geist-SemiBold.ttf', family: 'Geist', weight: 600 },
  sansBold: { file: 'node_modules/geist/dist/fonts/geist-sans/Geist-Bold.ttf', family: 'Geist', weight: 700 },
  serif: {
    file: 'node_modules/@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
    family: 'Source Serif 4',
    weight: 600,
  },
};

/**
 * How an SVG names a role's font: the project's family first, then ones every desk machine has, so
 * that a tool that ignores the embedded fonts (librsvg, Inkscape without them installed) keeps the style.
 */
export function fontStack(role: FontRole): string {
  const fallback = role === 'serif' ? "Georgia, 'Times New Roman', serif" : 'Arial, Helvetica, sans-serif';
  return `'${EXPORT_FONTS[role].family}', ${fallback}`;
}

export function fontPath(role: FontRole): string {
  // Not traced from here (the build would then ship the whole project): next.config.js names the
  // font files in outputFileTracingIncludes.
  return path.join(/* turbopackIgnore: true */ process.cwd(), EXPORT_FONTS[role].file);
}

const loaded = new Map<FontRole, fontkit.Font>();

/** A role's font, parsed once. */
export function loadFont(role: FontRole): fontkit.Font {
  let font = loaded.get(role);
  if (!font) {
    const opened = fontkit.openSync(fontPath(role));
    if (!('layout' in opened)) throw new Error(`${EXPORT_FONTS[role].file} holds several fonts`);
    font = opened;
    loaded.set(role, font);
  }
  return font;
}

const wordWidths = new Map<string, number>();

/** Width of one word at 1 000 units per em, laid out with the font's advances and kerning. */
function wordWidth(word: string, role: FontRole): number {
  const key = `${role}\u0000${word}`;
  let width = wordWidths.get(key);
  if (width === undefined) {
    const font = loadFont(role);
    width = (font.layout(word).advanceWidth / font.unitsPerEm) * 1000;
    wordWidths.set(key, width);
  }
  return width;
}

/**
 * Width of a text in px at a font size. Words are laid out one by one and cached (shaping is the
 * slow part, and captions repeat their words); kerning across a space is negligible.
 */
export function measureText(text: string, role: FontRole, size: number): number {
  const words = text.split(' ');
  let width = (words.length - 1) * wordWidth(' ', role);
  for (const word of words) width += wordWidth(word, role);
  return (width * size) / 1000;
}

export type Measure = typeof measureText;
