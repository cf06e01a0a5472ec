import { describe, expect, it } from 'vitest';
import { svgToPdf } from './render';

function page(words: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80">` +
    `<text x="24" y="30" font-size="24" font-family="'Source Serif 4', serif" font-weight="600">${words}</text>` +
    `<text x="24" y="60" font-size="13" font-family="'Geist', sans-serif" font-weight="400">Source : ${words}</text></svg>`
  );
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('svgToPdf', () => {
  it('embeds in each file the letters it prints, although the fonts are parsed once', async () => {
    const first = await svgToPdf(page('Plasturgie'), 600, 80, 'Premier');
    const second = await svgToPdf(page('Wxyz éàç'), 600, 80, 'Second');
    expect(await pdfText(first)).toContain('Plasturgie');
    const text = await pdfText(second);
    expect(text).toContain('Wxyz éàç');
    expect(text).toContain('Source :');
    expect(text).not.toContain('Plasturgie');
  });
});
