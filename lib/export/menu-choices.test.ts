import { describe, expect, it } from 'vitest';
import { exportChoices } from './menu-choices';
import { exportUrl } from '../url/paths';

describe('exportChoices', () => {
  const groups = exportChoices();
  const choices = groups.flatMap((g) => g.rows.flatMap((r) => r.choices));

  it('names each link uniquely, its visible text first', () => {
    const names = choices.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const choice of choices) expect(choice.name.startsWith(choice.text), choice.name).toBe(true);
  });

  it('offers each print size as PNG, PNG without background and PDF, said in millimetres and pixels', () => {
    const print = groups.find((g) => g.heading === "Pour l'impression, 300 dpi")!;
    expect(print.rows.map((r) => r.caption!.replace(/\u00a0/g, ' '))).toEqual([
      '1 colonne · 46 mm · 543 px',
      '2 colonnes · 96 mm · 1 134 px',
      '3 colonnes · 146 mm · 1 724 px',
      'Pleine largeur A4 · 170 mm · 2 008 px',
    ]);
    const two = print.rows[1].choices.map((c) => exportUrl('membres', c.request.format, { ...c.request, date: '2026-11-28' }));
    expect(two).toEqual([
      '/export/membres.png?impression=2-colonnes&date=2026-11-28',
      '/export/membres.png?impression=2-colonnes&fond=transparent&date=2026-11-28',
      '/export/membres.pdf?impression=2-colonnes&date=2026-11-28',
    ]);
  });

  it('keeps the web PNG first, then its dark version, and offers both SVGs', () => {
    expect(choices[0]).toMatchObject({ text: 'PNG pour le web (1 200 px de large)', request: { format: 'png', scale: 1 } });
    expect(exportUrl('membres', choices[1].request.format, { ...choices[1].request, sectors: ['plasturgie'], date: '2026-11-28' })).toBe(
      '/export/membres.png?secteur=plasturgie&theme=sombre&date=2026-11-28',
    );
    expect(choices.filter((c) => c.request.format === 'svg').map((c) => exportUrl('membres', 'svg', c.request))).toEqual(['/export/membres.svg', '/export/membres.svg?texte=vectorise']);
  });
});
