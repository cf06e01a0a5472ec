// Turns a captioned chart SVG into the files people download: SVG with its fonts here, PNG and PDF
// on the render pool's threads (render-worker.cjs draws them).
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { EXPORT_FONTS, fontPath, type FontRole } from './fonts';
import { EXPORT_WIDTH } from './captioned-svg';
import { PRINT_DPI, type PrintSize } from './print-sizes';
import { renderOffThread } from './render-pool';
import type { WorkerFonts } from './render-worker.cjs';

const ROLES = Object.keys(EXPORT_FONTS) as FontRole[];
const fontFiles = new Map<FontRole, Buffer>();

function fontFile(role: FontRole): Buffer {
  let file = fontFiles.get(role);
  if (!file) {
    file = readFileSync(fontPath(role));
    fontFiles.set(role, file);
  }
  return file;
}

/**
 * The SVG file: each font, cut down to the characters the picture prints, embedded as @font-face,
 * so that the text looks the same in any viewer, with or without the fonts installed.
 */
export async function svgWithFonts(svg: string, texts: string[]): Promise<string> {
  const characters = [...new Set([...texts.join(''), ...'0123456789 '])].join('');
  const faces = await Promise.all(
    ROLES.map(async (role) => {
      const { family, weight } = EXPORT_FONTS[role];
      const subset = await subsetFont(fontFile(role), characters, { targetFormat: 'truetype' });
      return `@font-face{font-family:'${family}';font-weight:${weight};src:url(data:font/ttf;base64,${Buffer.from(subset).toString('base64')}) format('truetype')}`;
    }),
  );
  return svg.replace(/(<svg[^>]*>)/, `$1<defs><style>${faces.join('')}</style></defs>`);
}

/** The font files the worker draws with, parsed there once per thread. */
function workerFonts(): WorkerFonts {
  return { files: Object.fromEntries(ROLES.map((role) => [role, fontPath(role)])) as Record<FontRole, string>, defaultFamily: EXPORT_FONTS.sans.family };
}

/** A PNG's width in pixels and the resolution it is marked with. */
export type PngSize = { width: number; dpi: number };

/**
 * The web PNG (scale 1: 1 200 px) and the older print links' (`echelle`, 1 200 px × scale): marked
 * with the resolution at which they print as wide as an A4 sheet (144 dpi per unit of scale, since
 * 600 logical units print 8.33 in wide), as they always were, so that a link keeps its file.
 */
export function scaledPngSize(scale: number): PngSize {
  return { width: Math.round(EXPORT_WIDTH * 2 * scale), dpi: Math.round(144 * scale) };
}

/** A printed width's PNG: its pixels at 300 dpi, marked 300 dpi, so that layout software places it at that width. */
export function printPngSize(size: PrintSize): PngSize {
  return { width: size.widthPx, dpi: PRINT_DPI };
}

/**
 * A PNG drawn with the project's fonts only (never the machine's), marked with its resolution
 * (a pHYs chunk) and, given, its text alternative (an iTXt "Description" chunk). Drawn on a worker
 * thread; rejects with a RenderQueueFullError when too many files are waiting.
 */
export function svgToPng(svg: string, size: PngSize, { transparent = false, description }: { transparent?: boolean; description?: string } = {}): Promise<Buffer> {
  return renderOffThread({ kind: 'png', svg, width: size.width, dpi: size.dpi, transparent, description, fonts: workerFonts() });
}

/**
 * A vector PDF of `width` × `height` points (the picture scaled to fit), fonts embedded, text
 * selectable, its title and text alternative (Subject) in its metadata, created on the export's day
 * (`date`) so that a dated file is the same bytes each time; written on a worker thread.
 */
export function svgToPdf(svg: string, width: number, height: number, { title, subject, date }: { title: string; subject?: string; date?: string | null }): Promise<Buffer> {
  return renderOffThread({ kind: 'pdf', svg, width, height, title, subject, date, fonts: workerFonts() });
}
