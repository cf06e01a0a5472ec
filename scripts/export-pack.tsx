// npm run export -- --out <dir> [--secteur a,b | --grappe <slug>]: the view's report, as "Tout exporter"
// gives it (lib/export/report.ts lists the files, under the same names, with the same index.html and
// index.md), plus every other print size and the outlined SVG, which the menu offers too.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderChartMarkup } from '../components/charts/chart-markup';
import { getDataset } from '../lib/data/load';
import { parseReportRequest } from '../lib/export/report-request';
import { produceReport } from '../lib/export/report-zip';

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, secteur: { type: 'string' }, grappe: { type: 'string' } } });
  if (!values.out) {
    console.error('usage : npm run export -- --out <dossier> [--secteur plasturgie,emballage | --grappe nord-package]');
    process.exit(1);
  }
  const dataset = getDataset();
  const parsed = parseReportRequest(
    { secteur: values.secteur, grappe: values.grappe },
    { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) },
  );
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  mkdirSync(values.out, { recursive: true });
  for (const entry of await produceReport(dataset, parsed.view, renderChartMarkup, { every: true })) {
    const file = path.join(values.out, entry.name);
    writeFileSync(file, entry.body);
    console.log(`${file} (${Math.max(1, Math.round(entry.body.length / 1024))} Ko)`);
  }
}

main().then(
  // The render pool's idle threads would keep the process a minute longer.
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
