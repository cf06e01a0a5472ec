// Turns a captioned chart SVG into the files people download: SVG with its fonts, PNG, PDF.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import subsetFont from 'subset-font';
import { EXPORT_FONTS, fontPath, loadFont, type FontRole } from './fonts';
import { EXPORT_WIDTH } from './captioned-svg';
import { encodePng } from './png';

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

/**
 * A PNG `scale` × 1 200 px wide, drawn with the project's fonts only (never the machine's), and
 * marked with the resolution at which it prints A4-wide (432 dpi at scale 3), so that layout
 * software places it at print size.
 */
export function svgToPng(svg: string, scale: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(EXPORT_WIDTH * 2 * scale) },
    font: {
      fontFiles: ROLES.map(fontPath),
      loadSystemFonts: false,
      defaultFontFamily: EXPORT_FONTS.sans.family,
    },
    background: '#ffffff',
  });
  const image = resvg.render();
  // 600 logical units print about as wide as an A4 page (8.33 in): 144 dpi per unit of scale.
  return encodePng(image.width, image.height, image.pixels, Math.round(144 * scale));
}

/** A vector PDF of the page's size in points, fonts embedded, text selectable. */
export function svgToPdf(svg: string, width: number, height: number, title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: [width, height], margin: 0, info: { Title: title, Creator: "Grappes d'entreprises" }, lang: 'fr-FR' });
    // The fonts parsed once for measuring (fonts.ts), not once per file: pdfkit 0.17 takes a fontkit
    // font as it is, and then keeps only the subset and the layout cache of this document.
    for (const role of ROLES) doc.registerFont(role, loadFont(role) as unknown as PDFKit.Mixins.PDFFontSource);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    SVGtoPDF(doc, svg, 0, 0, {
      width,
      height,
      assumePt: true,
      fontCallback: (family: string, bold: boolean) => {
        if (/serif/i.test(family) && !/sans/i.test(family)) return 'serif';
        // svg-to-pdfkit reads 600 and 700 alike as bold: labels (600) are the most common.
        return bold ? 'sansSemibold' : 'sans';
      },
    });
    doc.end();
  });
}
