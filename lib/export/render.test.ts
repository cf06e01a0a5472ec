import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scaledPngSize, svgToPdf, svgToPng } from './render';

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
    const first = await svgToPdf(page('Plasturgie'), 600, 80, { title: 'Premier' });
    const second = await svgToPdf(page('Wxyz éàç'), 600, 80, { title: 'Second' });
    expect(await pdfText(first)).toContain('Plasturgie');
    const text = await pdfText(second);
    expect(text).toContain('Wxyz éàç');
    expect(text).toContain('Source :');
    expect(text).not.toContain('Plasturgie');
  });
});

describe('the text alternative inside the files', () => {
  it('is the PDF’s Subject, beside its Title', async () => {
    const pdf = await svgToPdf(page('Plasturgie'), 600, 80, { title: 'Membres par grappe', subject: 'Diagramme en barres horizontales : 11\u00a0500 salariés, « ≈ »' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const metadata = await (await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise).getMetadata();
    const info = metadata.info as Record<string, string>;
    expect(info.Title).toBe('Membres par grappe');
    expect(info.Subject).toBe('Diagramme en barres horizontales : 11\u00a0500 salariés, « ≈ »');
  });

  it('is the PNG’s UTF-8 "Description" (iTXt), before its pixels', async () => {
    const text = 'Diagramme en barres horizontales : Économie sociale (environ 15 entreprises)';
    const png = await svgToPng(page('Plasturgie'), scaledPngSize(1), { description: text });
    const at = png.indexOf('iTXt');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(png.indexOf('IDAT'));
    const body = png.subarray(at + 4, at + 4 + png.readUInt32BE(at - 4));
    // Keyword, NUL, compression flag and method (0: none), language tag, NUL, translated keyword, NUL, text.
    const head = Buffer.from('Description\0\0\0fr\0\0', 'latin1');
    expect(body.subarray(0, head.length).equals(head)).toBe(true);
    expect(body.subarray(head.length).toString('utf8')).toBe(text);
  });
});

describe('svgToPng', () => {
  it('draws the page 1 200 px wide per unit of scale, opaque, marked for print', async () => {
    const png = await svgToPng(page('Plasturgie').replace('<text', '<rect width="600" height="80" fill="#ffffff"/><text'), scaledPngSize(2));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect([width, height]).toEqual([2400, 320]);
    const phys = png.indexOf('pHYs');
    expect(png.readUInt32BE(phys + 4)).toBe(Math.round(288 / 0.0254));
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(raw.length).toBe((width * 4 + 1) * height);
    let seeThrough = 0;
    let inked = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = y * (width * 4 + 1) + 1 + x * 4;
        if (raw[at + 3] !== 255) seeThrough++;
        if (raw[at] < 128) inked++;
      }
    }
    expect(seeThrough).toBe(0);
    expect(inked).toBeGreaterThan(1000); // the text is drawn
  });
});
