// What the "Exporter" menu offers, in its words: the web PNG (light or dark), print sizes at 300 dpi, SVG, PDF, CSV and the text alternative.
import { formatNumber } from '../format/french';
import { CUSTOM_WIDTH_MM, CUSTOM_WIDTH_PX, PRINT_DPI, PRINT_PRESETS, presetSize, printSizeLabel } from './print-sizes';
import type { ExportRequest } from './request';
import type { ExportFormat } from '../url/paths';

/** One link of the menu: its visible text, its accessible name, and what it asks for. */
export type ExportChoice = {
  text: string;
  name: string;
  request: Pick<ExportRequest, 'format' | 'scale' | 'print' | 'transparent' | 'outlined' | 'dark'>;
};

export type ExportChoiceGroup = { heading: string | null; rows: Array<{ caption: string | null; choices: ExportChoice[] }> };

const plain = (text: string, format: ExportFormat, extra: Partial<ExportChoice['request']> = {}): ExportChoice => ({
  text,
  name: text,
  request: { format, scale: 1, ...extra },
});

export function exportChoices(): ExportChoiceGroup[] {
  const print = PRINT_PRESETS.map(({ id }) => {
    const size = presetSize(id);
    const caption = printSizeLabel(size);
    const choice = (text: string, format: ExportFormat, transparent = false): ExportChoice => ({
      text,
      name: `${text} · ${caption}`,
      request: { format, scale: 1, print: size, transparent },
    });
    return { caption, choices: [choice('PNG', 'png'), choice('PNG sans fond', 'png', true), choice('PDF', 'pdf')] };
  });
  return [
    {
      heading: null,
      rows: [
        {
          caption: null,
          // The dark one for an article read in a dark theme: the page's dark palette, on its dark ground.
          choices: [plain('PNG pour le web (1 200 px de large)', 'png'), plain('PNG pour le web, fond sombre', 'png', { dark: true })],
        },
      ],
    },
    { heading: `Pour l'impression, ${PRINT_DPI} dpi`, rows: print },
    {
      heading: null,
      rows: [
        {
          caption: null,
          choices: [
            plain('SVG vectoriel, pour la mise en page', 'svg'),
            plain('SVG texte vectorisé, sans polices', 'svg', { outlined: true }),
            plain('PDF vectoriel, largeur A4', 'pdf'),
            plain('CSV des données du graphique', 'csv'),
            plain('Texte alternatif (TXT)', 'txt'),
          ],
        },
      ],
    },
  ];
}

/** The menu's free width: what to type, and the bounds the server holds it to. */
export const CUSTOM_WIDTH = {
  label: `Largeur libre, ${PRINT_DPI} dpi`,
  hint: `En mm (de ${CUSTOM_WIDTH_MM.min} à ${CUSTOM_WIDTH_MM.max}) ou en px (de ${CUSTOM_WIDTH_PX.min} à ${formatNumber(CUSTOM_WIDTH_PX.max)}) : « 120mm », « 1500px ».`,
  /** As the server reads `largeur` (lib/export/print-sizes.ts); the bounds are checked there. */
  pattern: '[0-9]{1,4}(mm|px)',
  placeholder: '120mm',
};
