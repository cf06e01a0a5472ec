// The two waves of the call for projects, in the words the pages, the table and the charts print.
import type { Cluster, Dataset } from '../data/schema';
import { formatDate, formatNumber } from '../format/french';

type Wave = Cluster['wave'];

/** Each wave's ordinal and the year its clusters were selected. */
const WAVES: Record<Wave, { ordinal: string; year: number }> = {
  1: { ordinal: '1re', year: 2010 },
  2: { ordinal: '2e', year: 2011 },
};

/** "1re (2010)": a table cell. */
export function waveShortLabel(wave: Wave): string {
  return `${WAVES[wave].ordinal} (${WAVES[wave].year})`;
}

/** "1re vague, 2010"; the second gives its announcement day, "2e vague, annoncée le 21 janvier 2011". */
export function waveLabel(dataset: Dataset, cluster: Cluster): string {
  const { ordinal, year } = WAVES[cluster.wave];
  return cluster.wave === 2
    ? `${ordinal} vague, annoncée le ${formatDate(dataset.programme.secondWaveAnnouncedOn)}`
    : `${ordinal} vague, ${year}`;
}

/**
 * Why a chart has no figure for a cluster: "non communiqué", and for a first-wave cluster, which
 * the article only names, "non communiqué (1re vague, 2010)".
 */
export function notGivenReason(cluster: Cluster): string {
  const { ordinal, year } = WAVES[cluster.wave];
  return cluster.wave === 1 ? `non communiqué (${ordinal} vague, ${year})` : 'non communiqué';
}

const WAVE_WORDS: Record<Wave, { first: string; then: string }> = {
  2: { first: 'de la deuxième vague', then: 'de la deuxième' },
  1: { first: 'de la première vague', then: 'de la première' },
};

/**
 * How a count of clusters splits between the waves, so that it adds up in words beside a headline
 * that counts one wave: "7 de la deuxième vague, 2 de la première"; "" for no cluster.
 */
export function waveBreakdown(clusters: readonly Pick<Cluster, 'wave'>[]): string {
  const waves = ([2, 1] as const).map((wave) => ({ wave, count: clusters.filter((c) => c.wave === wave).length })).filter((w) => w.count > 0);
  return waves
    .map(({ wave, count }, i) => `${formatNumber(count)} ${i === 0 ? WAVE_WORDS[wave].first : WAVE_WORDS[wave].then}`)
    .join(', ');
}
