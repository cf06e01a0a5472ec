// The data behind one chart as CSV: one row per bar, then the others counted in words, the corrections, then one per figure the article does not give.
import type { ChartSpec } from '../view/charts/spec';
import { toCsv } from '../format/csv';
import { SCOPE_INFO } from '../data/scopes';
import { correctionLine } from '../view/caption';

export const CHART_CSV_HEADER = [
  'graphique',
  'libelle',
  'grappe_ou_detail',
  'valeur',
  'valeur_affichee',
  'approximatif',
  'ce_que_compte_la_barre',
  'perimetre',
  'citation',
  'reserve',
  'source',
  // "oui" on the row of the cluster a cluster page picks out (`grappe=<slug>`), empty elsewhere.
  'grappe_de_la_page',
];

export function chartCsv(spec: ChartSpec): string {
  const bars = spec.bars.map((bar) => [
    spec.title,
    bar.label,
    bar.sublabel,
    bar.value,
    bar.valueText.replace(/\u00a0/g, ' '),
    bar.approximate,
    bar.rank ? `${bar.detail} · ${bar.rank}` : bar.detail,
    SCOPE_INFO[bar.scope].label,
    bar.quote,
    bar.caveat,
    spec.source,
    bar.highlighted ? 'oui' : null,
  ]);
  // The clusters the chart does not draw are counted in words, as under the chart: no made-up total.
  const others = (spec.others?.lines ?? []).map((line) => [spec.title, spec.others!.title, null, null, line.replace(/\u00a0/g, ' '), null, null, null, null, null, spec.source, null]);
  // A correction reads as under the chart, dated, in the column the others' words use.
  const corrections = spec.corrections.map((c) => [spec.title, 'Correction', null, null, correctionLine(c).replace(/\u00a0/g, ' '), null, null, null, null, null, spec.source, null]);
  const missing = spec.missing.map((entry) => [spec.title, entry.label, null, null, entry.reason, null, null, null, null, null, spec.source, entry.highlighted ? 'oui' : null]);
  return toCsv(CHART_CSV_HEADER, [...bars, ...others, ...corrections, ...missing]);
}
