// Fonts shipped from npm packages (no download at build): Geist for text and charts, Source Serif 4 for
// headlines. The page loads their Latin WOFF2 cuts (29 kB and 21 kB, every French character, « » and
// the narrow no-break space included); the TTF files are for the export's rasteriser (lib/export/fonts.ts).
import localFont from 'next/font/local';

// next/font reads each call at build time: its options must be written out here, literal, not built by a function.
export const sans = localFont({
  src: '../node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'swap',
  fallback: ['Arial', 'Helvetica', 'sans-serif'],
});

export const serif = localFont({
  src: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
  variable: '--font-source-serif',
  weight: '600',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});
