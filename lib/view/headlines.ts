// The headline figures of the overview, each with the words or the source it comes from.
import type { Cluster, Dataset } from '../data/schema';
import { formatCountInWords, formatDate, formatEuros, formatNumber } from '../format/french';
import { joinFrenchAtMost } from '../format/lists';

export type Headline = { key: string; value: string; label: string; source: string };

/** First-wave clusters named in their headline; past them, a count, so that a headline stays short. */
const NAMES_IN_HEADLINE = 3;

/** The key figures; with a `selection` (a sector filter), the regional counts are those of the selection. */
export function headlines(dataset: Dataset, selection?: Cluster[]): Headline[] {
  const { programme } = dataset;
  const figure = (id: string) => programme.figures.find((f) => f.id === id);
  const announcement = dataset.context.find((c) => c.id === programme.secondWaveAnnouncedOnSource);
  const secondWave = dataset.clusters.filter((c) => c.wave === 2);
  const firstWave = dataset.clusters.filter((c) => c.wave === 1);
  const out: Headline[] = [
    {
      key: 'annonce',
      value: formatDate(programme.secondWaveAnnouncedOn),
      label: 'annonce de la deuxième vague de labellisation',
      source: announcement ? `Source : ${announcement.sources.map((s) => s.publisher).join(', ')}` : '',
    },
  ];
  const retained = figure('retained-nationally');
  if (retained) {
    out.push({ key: 'national', value: formatNumber(retained.value), label: 'grappes retenues en France lors de cette vague', source: `« ${retained.quote} »` });
  }
  const budget = figure('budget');
  const years = figure('budget-years');
  if (budget) {
    out.push({
      key: 'enveloppe',
      value: formatEuros(budget.value),
      label: years ? `mobilisés par le ministère sur ${years.asWritten} ans` : 'mobilisés par le ministère',
      source: `« ${budget.quote} »`,
    });
  }
  const selected = figure('selected-in-region');
  const source = selected ? `« ${selected.quote} »` : '';
  if (selection) {
    const shown = selection.filter((c) => c.wave === 2).length;
    out.push({
      key: 'region',
      value: formatNumber(shown),
      label: `${shown > 1 ? 'grappes retenues' : 'grappe retenue'} dans les secteurs choisis, sur ${formatNumber(secondWave.length)} dans la région`,
      source,
    });
    return out;
  }
  out.push({ key: 'region', value: formatNumber(secondWave.length), label: 'grappes de la région retenues lors de cette vague', source });
  if (firstWave.length > 0) {
    out.push({
      key: 'premiere-vague',
      value: formatNumber(firstWave.length),
      label: `grappes de la région lors de la première vague, en 2010 : ${joinFrenchAtMost(firstWave.map((c) => c.name), NAMES_IN_HEADLINE, ['autre', 'autres'])}`,
      source: `« ${firstWave[0].mentionQuote} »`,
    });
  }
  return out;
}

/** The overview's meta description, its counts and date taken from the dataset. */
export function overviewDescription(dataset: Dataset): string {
  const count = dataset.clusters.filter((c) => c.wave === 2).length;
  const date = formatDate(dataset.programme.secondWaveAnnouncedOn);
  const clusters =
    count === 1
      ? `La grappe d'entreprises du Nord-Pas-de-Calais retenue le ${date}`
      : `Les ${formatCountInWords(count)} grappes d'entreprises du Nord-Pas-de-Calais retenues le ${date}`;
  return `${clusters} : membres et emplois par secteur, chaque chiffre avec son périmètre et sa source.`;
}
