import { describe, expect, it } from 'vitest';
import { compactChartMarkup } from './compact-markup';

// A panel as recharts 2.15 writes it (shortened): one graduation and one bar.
const RECHARTS_PANEL =
  '<div class="recharts-wrapper" style="position:relative;width:100%"><svg id="membres-members" class="recharts-surface" width="560" height="392" viewBox="0 0 560 392">' +
  '<title>Membres par grappe — Membres de la grappe</title><desc></desc>' +
  '<defs><clipPath id="membres-members-clip"><rect x="0" y="8" height="360" width="548"></rect></clipPath></defs>' +
  '<g class="recharts-layer recharts-cartesian-axis recharts-xAxis xAxis">' +
  '<line orientation="bottom" width="548" height="24" x="0" y="368" class="recharts-cartesian-axis-line stroke-rule" stroke="#d9d6cf" fill="none" x1="0" y1="368" x2="548" y2="368"></line>' +
  '<g class="recharts-layer recharts-cartesian-axis-tick"><line orientation="bottom" width="548" height="24" x="0" y="368" class="recharts-cartesian-axis-tick-line stroke-rule" stroke="#d9d6cf" fill="none" x1="133.57500000000002" y1="372" x2="133.57500000000002" y2="368"></line>' +
  '<text x="133.57500000000002" y="388" font-size="12" fill="#595959" text-anchor="middle" class="fill-muted tabular">25</text></g></g>' +
  '<g class="recharts-layer recharts-bar-rectangle"><a href="/grappes/nord-package" aria-label="Nord Package 11 entreprises · membres de la grappe" class="chart-bar" data-bar="nord-package"><defs></defs>' +
  '<text x="0" y="24" font-size="15" fill="#1a1a1a" class="fill-ink">Nord Package<!-- --> </text>' +
  '<rect opacity="1" x="0" y="34" width="58.77" height="20" fill="#997700" class="fill-sector-6 stroke-sector-6" stroke-width="1.5"></rect>' +
  '<text x="66.77" y="44" dy="5.32" font-size="15" class="fill-ink tabular">11<!-- --> </text></a></g></svg></div>';

describe('compactChartMarkup', () => {
  const compact = compactChartMarkup(RECHARTS_PANEL);

  it('keeps what is read and drawn: title, texts, links, their names, the classes the theme paints', () => {
    expect(compact).toContain('<title>Membres par grappe — Membres de la grappe</title>');
    expect(compact).toContain('<a href="/grappes/nord-package" aria-label="Nord Package 11 entreprises · membres de la grappe" class="chart-bar" data-bar="nord-package">');
    expect(compact).toContain('>Nord Package </text>');
    expect(compact).toContain('>11 </text>');
    expect(compact).toContain('class="fill-sector-6 stroke-sector-6"');
    expect(compact).toContain('class="fill-muted tabular"');
    expect(compact).toContain('class="stroke-rule"');
    expect(compact).toContain('<div class="recharts-wrapper"');
    expect(compact).toContain('width="58.77"');
    expect(compact).toContain('viewBox="0 0 560 392"');
  });

  it('drops recharts’ layer classes, the axis attributes on lines, long decimals and empty parts', () => {
    expect(compact).not.toMatch(/recharts-(?!wrapper)|xAxis/);
    expect(compact).not.toMatch(/<line[^>]*\s(orientation|width|height|x|y)=/);
    expect(compact).toContain('<line class="stroke-rule" stroke="#d9d6cf" fill="none" x1="133.58" y1="372" x2="133.58" y2="368"></line>');
    expect(compact).toContain('<text x="133.58" y="388"');
    expect(compact).not.toMatch(/<defs><\/defs>|<desc><\/desc>|<!-- -->|clipPath|opacity="1"/);
    expect(compact.length).toBeLessThan(RECHARTS_PANEL.length * 0.75);
  });

  it('leaves a dimmed bar’s opacity and markup it does not know as they are', () => {
    expect(compactChartMarkup('<rect opacity="0.4" x="0"></rect>')).toBe('<rect opacity="0.4" x="0"></rect>');
    expect(compactChartMarkup('<p class="note">9 408 emplois</p>')).toBe('<p class="note">9 408 emplois</p>');
  });
});
