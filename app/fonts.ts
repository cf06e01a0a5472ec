// Fonts shipped from npm packages (no download at build): Geist for text and charts, Source Serif 4 for headlines.
import localFont from 'next/font/local';

export const sans = localFont({
  src: '../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'swap',
  fallback: ['Arial', 'Helvetica', 'sans-serif'],
});

export const serif = localFont({
  src: '../node_modules/@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  variable: '--font-source-serif',
  weight: '600',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});
