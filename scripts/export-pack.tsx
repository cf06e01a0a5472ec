// npm run export -- --out <dir> [--secteur a,b]: every chart as PNG (web and each print size), SVG, PDF and CSV,
// with an index.md giving each file's title, caption and source, ready to paste into a report.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderChartMarkup } from '../components/charts/chart-markup';
import { getDataset } from '../lib/data/load';
import { formatDate } from '../lib/format/french';
import { exportSpec, produceExport } from '../lib/export/produce';
import type { ExportRequest } from '../lib/export/request';
import { PRINT_DPI, PRINT_PRESETS, presetSize, printSizeLabel } from '../lib/export/print-sizes';
import { todayInParis } from '../lib/format/iso-date';
import { CHART_IDS } from '../lib/view/charts/spec';
import { filterError, parseSectorParam } from '../lib/url/sector-filter';

type PackFile = { label: string; request: Pick<ExportRequest, 'format' | 'scale' | 'print' | 'outlined'> };

/** The files of each chart, as the "Exporter" menu offers them. */
const FILES: PackFile[] = [
  { label: 'Image pour le web (PNG, 1 200 px)', request: { format: 'png', scale: 1 } },
  ...PRINT_PRESETS.map(({ id }): PackFile => {
    const print = presetSize(id);
    return { label: `Image pour l'impression (PNG, ${PRINT_DPI} dpi, ${printSizeLabel(print)})`, request: { format: 'png', scale: 1, print } };
  }),
  { label: 'Image vectorielle pour la mise en page (SVG)', request: { format: 'svg', scale: 1 } },
  { label: 'Image vectorielle, texte vectorisé, sans polices (SVG)', request: { format: 'svg', scale: 1, outlined: true } },
  { label: 'Document vectoriel, largeur A4 (PDF)', request: { format: 'pdf', scale: 1 } },
  { label: 'Données du graphique (CSV, UTF-8, « ; »)', request: { format: 'csv', scale: 1 } },
];

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, secteur: { type: 'string' } } });
  if (!values.out) {
    console.error('usage : npm run export -- --out <dossier> [--secteur plasturgie,emballage]');
    process.exit(1);
  }
  const dataset = getDataset();
  const knownIds = dataset.sectors.map((s) => s.id);
  const filter = parseSectorParam(values.secteur, knownIds);
  if (filter.status === 'invalid') {
    console.error(filterError(filter, knownIds));
    process.exit(1);
  }
  const date = todayInParis();
  mkdirSync(values.out, { recursive: true });

  const index = [`# Grappes d'entreprises : graphiques exportés le ${formatDate(date)}`, ''];
  index.push(filter.sectors.length > 0 ? `Sélection : ${filter.sectors.join(', ')}.` : 'Sélection : tous les secteurs.', '');
  for (const chart of CHART_IDS) {
    const base: ExportRequest = { chart, format: 'png', scale: 1, sectors: filter.sectors, highlight: null, date };
    const spec = exportSpec(dataset, base);
    index.push(`## ${spec.title}`, '', spec.subtitle, '');
    for (const file of FILES) {
      const produced = await produceExport(dataset, { ...base, ...file.request }, renderChartMarkup);
      writeFileSync(path.join(values.out, produced.fileName), produced.body);
      index.push(`- ${file.label} : \`${produced.fileName}\``);
      console.log(`${path.join(values.out, produced.fileName)} (${Math.round(produced.body.length / 1024)} Ko)`);
    }
    index.push('', `Résumé : ${spec.summary}`, '');
    if (spec.legend.length > 0) index.push('Légende :', ...spec.legend.map((l) => `- ${l.label} : ${l.description}`), '');
    index.push('Notes :', ...spec.notes.map((note) => `- ${note}`), '', spec.source, '');
  }
  writeFileSync(path.join(values.out, 'index.md'), index.join('\n'));
  console.log(`${path.join(values.out, 'index.md')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
