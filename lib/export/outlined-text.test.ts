import { describe, expect, it } from 'vitest';
import { loadFont, measureText } from './fonts';
import { runRole, svgWithOutlinedText } from './outlined-text';

const page =
  `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80" xml:space="preserve">` +
  `<text x="24" y="30" font-size="24" font-family="'Source Serif 4', Georgia, serif" font-weight="600" fill="#1a1a1a">Membres d&apos;une grappe</text>` +
  `<text x="24" y="60" dy="5" font-size="15" font-weight="600" fill="#1a1a1a">Ferroviaire<tspan font-weight="400" fill="#595959">\u00a0· Association</tspan> </text></svg>`;

/** Every number of each path's outline, as x, y pairs. */
function points(svg: string): Array<[number, number]> {
  return [...svg.matchAll(/ d="([^"]*)"/g)].flatMap((m) => {
    const numbers = m[1].match(/-?[\d.]+/g)!.map(Number);
    return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1]] as [number, number]] : []));
  });
}

describe('svgWithOutlinedText', () => {
  const outlined = svgWithOutlinedText(page);

  it('leaves no text to lay out, and names each line for readers', () => {
    expect(outlined).not.toMatch(/<text|<tspan/);
    expect([...outlined.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['Membres d&apos;une grappe', 'Ferroviaire\u00a0· Association']);
  });

  it('draws one outline per inked glyph, in each run’s colour', () => {
    const glyphs = (text: string) => [...text].filter((c) => c.trim() !== '' && c !== '\u00a0').length;
    expect(outlined.match(/<path /g)).toHaveLength(glyphs("Membres d'une grappe") + glyphs('Ferroviaire· Association'));
    expect(outlined).toMatch(/<g fill="#595959"><path/);
  });

  it('places the letters where the fonts put them: from x along the advances, around the baseline', () => {
    const title = points(outlined.slice(0, outlined.indexOf('</g></g>')));
    const xs = title.map(([x]) => x);
    const ys = title.map(([, y]) => y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...xs)).toBeCloseTo(24 + measureText("Membres d'une grappe", 'serif', 24), -0.5);
    // The tallest letter (b, d) rises its height above the baseline (y = 30), the p descends below it.
    const boxes = loadFont('serif').layout("Membres d'une grappe").glyphs.map((g) => g.bbox);
    expect(Math.min(...ys)).toBeCloseTo(30 - (Math.max(...boxes.map((b) => b.maxY)) / 1000) * 24, 1);
    expect(Math.max(...ys)).toBeCloseTo(30 - (Math.min(...boxes.map((b) => b.minY)) / 1000) * 24, 1);
    expect(Math.max(...ys)).toBeGreaterThan(30 + 3);
    // dy moves the second line's baseline to 65.
    const second = points(outlined.slice(outlined.indexOf('</g></g>')));
    expect(Math.min(...second.map(([, y]) => y))).toBeCloseTo(65 - (loadFont('sansSemibold').capHeight / 1000) * 15, 0);
  });

  it('picks the fonts of the export by family and weight', () => {
    expect(runRole({ 'font-family': "'Source Serif 4', Georgia, serif" })).toBe('serif');
    expect(runRole({ 'font-family': "'Geist', Arial, Helvetica, sans-serif", 'font-weight': '700' })).toBe('sansBold');
    expect(runRole({ 'font-weight': '600' })).toBe('sansSemibold');
    expect(runRole({})).toBe('sans');
  });

  it('centres or ends a line on its x as text-anchor asks, as a graduation under its tick', () => {
    const line = (anchor: string) =>
      points(svgWithOutlinedText(`<svg xmlns="http://www.w3.org/2000/svg"><text x="300" y="20" font-size="12" text-anchor="${anchor}">10\u00a0000</text></svg>`)).map(([x]) => x);
    const width = measureText('10\u00a0000', 'sans', 12);
    const middle = line('middle');
    expect((Math.min(...middle) + Math.max(...middle)) / 2).toBeCloseTo(300, -0.5);
    expect(Math.max(...line('end'))).toBeLessThanOrEqual(300);
    expect(Math.max(...line('end'))).toBeGreaterThan(300 - 2);
    expect(Math.min(...line('start'))).toBeGreaterThanOrEqual(300);
    expect(Math.max(...line('start')) - Math.min(...line('start'))).toBeLessThanOrEqual(width);
  });
});
