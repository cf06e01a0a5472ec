// What a link to the site shows once shared on a social network: the card's words and bars (drawn by
// lib/export/social-card-svg.ts), the picture's address and the page's Open Graph and Twitter tags.
import type { Metadata } from 'next';
import type { Cluster, Dataset } from '../data/schema';
import { datasetVersion } from '../data/version';
import { formatCount, formatCountInWords } from '../format/french';
import { joinFrench, joinFrenchAtMost } from '../format/lists';
import { sectorQuery } from '../url/sector-filter';
import { viewQuery, type View } from '../url/view-query';
import { absoluteUrl } from '../url/site-url';
import { SITE_NAME, correctionLine } from './caption';
import type { ChartBar, ChartPanel, ChartSpec } from './charts/spec';
import { employmentChartSpec } from './charts/employment';
import { membersChartSpec } from './charts/members';
import { sectorLabel } from './cluster-page';
import { overviewDescription } from './headlines';
import { countText, filteredCharts } from './overview';
import { sourceLine } from './source-line';
import { waveBreakdown, waveLabel } from './wave';

/** What a card shows: the overview for some sectors (none: every one), or one cluster picked out. */
export type CardSubject = { sectors: string[] } | { cluster: Cluster };

/** The picture's size, as every network asks for a large card (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a page's title says of the site, on the card's first line and in og:site_name. */
export const CARD_SITE = `${SITE_NAME} du Nord-Pas-de-Calais (janvier 2011)`;

/** Sectors named on the card's filter line; past them, a count, so that the line stays a line. */
const SECTORS_IN_WORDS = 4;

/** Bars the card's text alternative names per chart: the first ones, which every card draws. */
export const BARS_IN_ALT = 3;

export type SocialCard = {
  /** The card's big title: "Membres et emplois des grappes d'entreprises", or the cluster's name. */
  title: string;
  /** The view in words: "Secteur : plasturgie · 1 grappe sur 9 : 1 de la deuxième vague". */
  filter: string;
  charts: [ChartSpec, ChartSpec];
  source: string;
  /** "Corrigé le … : …", each correction that bears on either chart once, oldest first. */
  corrections: string[];
  site: string;
  /** The picture's address on the site: /export/carte.png?secteur=…&v=… or ?grappe=…&v=…. */
  imagePath: string;
  /** A French description of the picture, for og:image:alt. */
  alt: string;
  pageTitle: string;
  description: string;
};

/**
 * `/export/carte.png?secteur=plasturgie&v=…`, `?grappe=nord-package&v=…`: the card's address, one
 * spelling per view and dataset. The server reads the view only; `v`, the dataset's version, gives a
 * new address when the dataset changes (a correction), which caches and networks keep for a year.
 */
export function socialCardPath(dataset: Dataset, subject: CardSubject, format: 'png' | 'svg' = 'png'): string {
  const query = 'cluster' in subject ? `?grappe=${subject.cluster.slug}` : sectorQuery(subject.sectors, dataset.sectors.map((s) => s.id));
  const version = `v=${datasetVersion(dataset)}`;
  return `/export/carte.${format}${query ? `${query}&${version}` : `?${version}`}`;
}

export function socialCard(dataset: Dataset, subject: CardSubject): SocialCard {
  const imagePath = socialCardPath(dataset, subject);
  const source = sourceLine(dataset);
  if ('cluster' in subject) {
    const { cluster } = subject;
    const charts: [ChartSpec, ChartSpec] = [membersChartSpec(dataset, { highlight: cluster.slug }), employmentChartSpec(dataset, { highlight: cluster.slug })];
    const sector = sectorLabel(dataset, cluster);
    const filter = [sector ?? 'Secteur non précisé', cluster.town ?? cluster.area, waveLabel(dataset, cluster)].filter(Boolean).join(' · ');
    return {
      title: cluster.name,
      filter,
      charts,
      source,
      corrections: correctionsOf(charts),
      site: SITE_NAME,
      imagePath,
      alt: altText(`${cluster.name}, parmi les grappes de la région (${filter})`, charts, cluster),
      pageTitle: `${cluster.name} · ${SITE_NAME}`,
      description: clusterCardDescription(dataset, cluster),
    };
  }
  const { shown, options } = filteredCharts(dataset, subject.sectors);
  const charts: [ChartSpec, ChartSpec] = [membersChartSpec(shown, options), employmentChartSpec(shown, options)];
  const clusters = countText(shown.clusters.length, dataset.clusters.length);
  const waves = shown.clusters.length > 0 ? waveBreakdown(shown.clusters) : null;
  const count = waves ? `${clusters} : ${waves}` : clusters;
  const sectors = sectorsInWords(shown.sectors.map((s) => s.label));
  const filter = subject.sectors.length > 0 ? `${sectors} · ${count}` : `Tous les secteurs · ${count}`;
  return {
    title: overviewCardTitle(shown.sectors.map((s) => s.label), subject.sectors.length > 0),
    filter,
    charts,
    source,
    corrections: correctionsOf(charts),
    site: SITE_NAME,
    imagePath,
    alt: altText(`Membres et emplois des grappes d'entreprises du Nord-Pas-de-Calais (${filter})`, charts),
    pageTitle: subject.sectors.length > 0 ? `${sectors} · ${CARD_SITE}` : CARD_SITE,
    description:
      subject.sectors.length > 0
        ? `${sectors}. ${waves ? `${clusters} (${waves})` : clusters}, avec les membres et les emplois de chacune, chaque chiffre avec son périmètre et sa source.`
        : overviewDescription(dataset),
  };
}

/** The charts' corrections in their words, each once (one may bear on both charts), oldest first. */
function correctionsOf(charts: ChartSpec[]): string[] {
  const all = charts.flatMap((spec) => spec.corrections).sort((a, b) => a.date.localeCompare(b.date));
  return [...new Set(all.map(correctionLine))];
}

/** The sector in the title when the filter has one or two; past them, their count (the filter line names them). */
function overviewCardTitle(labels: string[], filtered: boolean): string {
  if (!filtered) return "Membres et emplois des grappes d'entreprises";
  if (labels.length <= 2) return `${joinFrench(labels.map((l, i) => (i === 0 ? l : l.toLowerCase())))} : membres et emplois des grappes`;
  return `Membres et emplois des grappes de ${formatCountInWords(labels.length)} secteurs`;
}

/** "Secteur : plasturgie", "Secteurs : plasturgie, ferroviaire, imprimerie, logistique et 8 autres secteurs". */
function sectorsInWords(labels: string[]): string {
  const words = joinFrenchAtMost(labels.map((l) => l.toLowerCase()), SECTORS_IN_WORDS, ['autre secteur', 'autres secteurs']);
  return `${labels.length > 1 ? 'Secteurs' : 'Secteur'} : ${words}`;
}

function clusterCardDescription(dataset: Dataset, cluster: Cluster): string {
  const sector = sectorLabel(dataset, cluster);
  return `${cluster.name}${cluster.town ? ` (${cluster.town})` : ''} : ses membres et ses emplois parmi les grappes d'entreprises de la région${sector ? `, secteur ${sector.toLowerCase()}` : ''}, chaque chiffre avec son périmètre et sa source.`;
}

/**
 * "… : deux graphiques en barres. Membres par grappe : Association des industries ferroviaires, 80
 * membres actifs (membres de la grappe) ; …". The first bars of each chart, which every card draws,
 * with what they count; on a cluster's card, that cluster's bar (or that it has none) among how many.
 */
function altText(what: string, charts: ChartSpec[], cluster?: Cluster): string {
  const described = charts.map((spec) => {
    if (cluster) {
      const bar = spec.bars.find((b) => b.highlighted);
      const missing = spec.missing.find((m) => m.highlighted);
      const own = bar ? barInWords(bar) : `${cluster.name} : ${missing?.reason ?? 'non communiqué'}`;
      return `${spec.title} : ${own}, parmi ${formatCount(spec.bars.length, 'barre', 'barres')}.`;
    }
    if (spec.bars.length === 0) return `${spec.title} : aucun chiffre dans l'article.`;
    const bars = spec.bars.slice(0, BARS_IN_ALT).map(barInWords);
    const more = spec.bars.length - BARS_IN_ALT;
    return `${spec.title} : ${bars.join(' ; ')}${more > 0 ? ` ; et ${formatCount(more, 'autre barre', 'autres barres')}` : ''}.`;
  });
  return `${what} : deux graphiques en barres. ${described.join(' ')}`;
}

function barInWords(bar: ChartBar): string {
  const name = bar.sublabel ? `${bar.label} (${bar.sublabel})` : bar.label;
  // "voir la note" points at a note the picture has no room for.
  const [counts, ...scope] = bar.detail.split(' · ').filter((part) => part !== 'voir la note');
  return `${name}, ${bar.valueText} ${counts}${scope.length > 0 ? ` (${scope.join(', ')})` : ''}`;
}

/** The bars a card draws of a chart, panel by panel, and what it leaves out, in words. */
export type CardChart = {
  panels: Array<{ panel: ChartPanel; bars: ChartBar[] }>;
  leftOut: string | null;
  /** "Pôle numérique régional : non communiqué", when the cluster a card picks out has no bar in the chart. */
  missing: string | null;
};

/**
 * At most `maxBars` bars of a chart: its first ones, and the cluster a page picks out whatever its
 * rank. `leftOut` says what the chart has beyond them ("et 2 autres barres ; Autres : 985 grappes").
 */
export function cardChart(spec: ChartSpec, maxBars: number): CardChart {
  const kept = new Set(spec.bars.slice(0, maxBars));
  const highlighted = spec.bars.find((b) => b.highlighted);
  if (highlighted && !kept.has(highlighted) && maxBars > 0) {
    kept.delete([...kept].at(-1)!);
    kept.add(highlighted);
  }
  const panels = spec.panels
    .map((panel) => ({ panel, bars: spec.bars.slice(panel.first, panel.first + panel.count).filter((b) => kept.has(b)) }))
    .filter((p) => p.bars.length > 0);
  const hidden = spec.bars.length - kept.size;
  const words = [hidden > 0 ? `et ${formatCount(hidden, 'autre barre', 'autres barres')}` : null, spec.others?.title ?? null].filter(Boolean);
  const missing = spec.missing.find((m) => m.highlighted);
  return {
    panels,
    leftOut: words.length > 0 ? `${words.join(' ; ')} : le graphique complet sur le site` : null,
    missing: missing ? `${missing.label} : ${missing.reason}` : null,
  };
}

/** The page's Open Graph and Twitter tags: its card's picture and words, `pagePath` its canonical address. */
export function socialMetadata(card: SocialCard, pagePath: string, env: Record<string, string | undefined> = process.env): Metadata {
  const image = { url: absoluteUrl(card.imagePath, env), width: CARD_SIZE.width, height: CARD_SIZE.height, alt: card.alt, type: 'image/png' };
  return {
    openGraph: {
      type: 'website',
      locale: 'fr_FR',
      siteName: CARD_SITE,
      title: card.pageTitle,
      description: card.description,
      url: absoluteUrl(pagePath, env),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: card.pageTitle, description: card.description, images: [{ url: image.url, alt: card.alt }] },
  };
}

/** An overview's tags: its filter's card, and its canonical address (`/?secteur=…&tri=…`) as og:url. */
export function overviewSocialMetadata(dataset: Dataset, view: View, env: Record<string, string | undefined> = process.env): Metadata {
  const knownIds = dataset.sectors.map((s) => s.id);
  return socialMetadata(socialCard(dataset, { sectors: view.sectors }), `/${viewQuery(view, knownIds)}`, env);
}
