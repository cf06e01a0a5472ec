// Synthetic datasets for benchmarks and tests only: valid, the same for a seed, and saying everywhere that they are invented.
import { formatNumber } from '../format/french';
import { SYNTHETIC_TITLE } from '../data/synthetic-marker';
import type { Cluster, ContextFact, Dataset, Figure, OtherFigure, Person, Scope, Sector, Source } from '../data/schema';


/** mulberry32: a tiny seeded generator, uniform in [0, 1); the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = {
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
};

function random(seed: number): Random {
  const next = mulberry32(seed);
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** The sectors of the real dataset and five more, about as many as a national list would have. */
const SECTORS: Array<[id: string, label: string]> = [
  ['plasturgie', 'Plasturgie'],
  ['ferroviaire', 'Ferroviaire'],
  ['imprimerie', 'Imprimerie'],
  ['logistique', 'Logistique'],
  ['economie-sociale', 'Économie sociale et solidaire'],
  ['emballage', 'Emballage, papier et carton'],
  ['numerique', 'Numérique'],
  ['textile', 'Textile'],
  ['agroalimentaire', 'Agroalimentaire'],
  ['sante', 'Santé'],
  ['eco-construction', 'Éco-construction'],
  ['mecanique', 'Mécanique'],
];

const TOWNS = ['Lille', 'Valenciennes', 'Saint-Omer', 'Arras', 'Lens', 'Douai', 'Dunkerque', 'Calais', 'Boulogne-sur-Mer', 'Roubaix', 'Béthune', 'Maubeuge', 'Hénin-Beaumont', 'Marcq-en-Barœul'];
const AREAS = ['Artois', 'Flandres', 'Hainaut', 'bassin minier', "Côte d'Opale", 'bassin audomarois', 'Cambrésis'];
const MEMBER_WORDS = ['entreprises', 'membres actifs', 'entreprises adhérentes', 'industriels'];
const JOB_WORDS = ['salariés', 'emplois'];
const ROLES = ['président de la grappe', 'chargée de développement', 'animateur du réseau', null];
const SAYINGS = [
  "Cette grappe n'existe pas : elle sert à mesurer l'application",
  'Nous sommes une grappe inventée pour les essais',
  'Aucun de ces chiffres ne vient d\'un article',
];

/** Nouns of approximation the article's reader knows, with the value each one stands for. */
const ROUND_WORDS: Array<[number, string]> = [
  [10, 'une dizaine'],
  [15, 'une quinzaine'],
  [20, 'une vingtaine'],
  [30, 'une trentaine'],
  [50, 'une cinquantaine'],
  [100, 'une centaine'],
];

/** "11 500" with plain spaces: what a journalist types, and what the rules read back. */
function written(value: number): string {
  return formatNumber(value).replace(/\u00a0/g, ' ');
}

/** "d'entreprises", "de membres actifs": French elision after "une quinzaine". */
function ofWords(words: string): string {
  return /^[aeiouéèêh]/i.test(words) ? `d'${words}` : `de ${words}`;
}

type Written = { value: number; approximate: boolean; asWritten: string; phrase: (words: string) => string };

/**
 * A count as the article would write it: exact ("60"), about ("environ 300") or, for small
 * counts, in words ("une quinzaine").
 */
function count(r: Random, min: number, max: number, approximation: 'exact' | 'approximate' | 'any'): Written {
  const approximate = approximation === 'approximate' || (approximation === 'any' && r.chance(0.3));
  if (approximate && max <= 150 && r.chance(0.7)) {
    const [value, asWritten] = r.pick(ROUND_WORDS);
    return { value, approximate: true, asWritten, phrase: (words) => `${asWritten} ${ofWords(words)}` };
  }
  const drawn = max >= 1000 ? r.int(min / 10, max / 10) * 10 : r.int(min, max);
  // "environ 20 000", not "environ 20 430": an approximate figure is a round one.
  const roundTo = approximate ? 10 ** Math.max(0, Math.floor(Math.log10(drawn)) - 1) : 1;
  const value = Math.round(drawn / roundTo) * roundTo;
  const asWritten = approximate ? `${r.pick(['environ', 'près de'])} ${written(value)}` : written(value);
  return { value, approximate, asWritten, phrase: (words) => `${asWritten} ${words}` };
}

function figure(number: Written, counts: string, scope: Scope, quote: string, caveat?: string): Figure {
  return { value: number.value, counts, scope, approximate: number.approximate, asWritten: number.asWritten, quote, ...(caveat ? { caveat } : {}) };
}

/**
 * The kinds of cluster the article has: the first clusters take one kind each, in this order, so
 * that even 7 clusters show every scope, both waves, an approximation and missing figures.
 */
const KINDS = ['sector-wide', 'pole', 'metro-area', 'first-wave', 'approximate', 'members-and-jobs', 'members-only', 'spokesperson'] as const;
type Kind = (typeof KINDS)[number];
const LATER_KINDS: Kind[] = ['sector-wide', 'sector-wide', 'pole', 'metro-area', 'first-wave', 'first-wave', 'approximate', 'approximate', 'members-and-jobs', 'members-and-jobs', 'members-only', 'spokesperson'];

const DESCRIPTIONS: Record<Kind, string> = {
  'sector-wide': "Grappe inventée : ses emplois sont ceux de toute la filière en région.",
  pole: "Grappe inventée : « fer de lance » d'un pôle régional dont seuls les chiffres sont connus.",
  'metro-area': 'Grappe inventée : ses emplois sont ceux de la seule métropole lilloise.',
  'first-wave': 'Grappe inventée, retenue lors de la première vague.',
  approximate: 'Grappe inventée, aux chiffres approximatifs.',
  'members-and-jobs': 'Grappe inventée : ses membres et leurs emplois.',
  'members-only': 'Grappe inventée : ses membres seulement.',
  spokesperson: 'Grappe inventée, avec un porte-parole et un objectif.',
};

function syntheticCluster(r: Random, index: number, width: number, sectors: Sector[]): Cluster {
  const number = String(index + 1).padStart(width, '0');
  const name = `Grappe synthétique ${number}`;
  const kind = index < KINDS.length ? KINDS[index] : r.pick(LATER_KINDS);
  const wave = kind === 'first-wave' ? 1 : 2;
  // Like Clubtex: the first first-wave cluster states no sector, later ones mostly none.
  const sector = kind === 'first-wave' && (index < KINDS.length || r.chance(0.7)) ? null : r.pick(sectors);
  const town = r.chance(0.8) ? r.pick(TOWNS) : null;
  const where = town ? `${name}, à ${town},` : name;
  let members: Figure | null = null;
  let employment: Figure | null = null;
  let mention = `${where} fait partie des grappes retenues`;
  const otherFigures: OtherFigure[] = [];
  const people: Person[] = [];

  if (kind === 'sector-wide' || kind === 'approximate' || kind === 'members-and-jobs' || kind === 'members-only' || kind === 'spokesperson') {
    const n = count(r, 5, 150, kind === 'approximate' ? 'approximate' : 'exact');
    const words = r.pick(MEMBER_WORDS);
    members = figure(n, words, 'members', `${where} regroupe ${n.phrase(words)}`);
    mention = members.quote;
  }
  if (kind === 'sector-wide') {
    const firms = count(r, 50, 500, 'exact');
    const jobs = count(r, 1000, 25000, 'exact');
    const words = r.pick(JOB_WORDS);
    const quote = `(une filière regroupant ${firms.asWritten} entreprises et ${jobs.phrase(words)} en région)`;
    employment = figure(jobs, words, 'regional-sector', quote);
    otherFigures.push({ label: 'Entreprises de la filière en région', ...figure(firms, 'entreprises', 'regional-sector', quote) });
  }
  if (kind === 'approximate' || kind === 'members-and-jobs' || kind === 'spokesperson') {
    const jobs = count(r, 80, 12000, kind === 'approximate' ? 'approximate' : 'exact');
    const words = r.pick(JOB_WORDS);
    const caveat = r.chance(0.15) ? 'Lecture inventée pour les essais : la phrase ne dit pas si ces emplois sont ceux des membres.' : undefined;
    employment = figure(jobs, words, 'members', `(${jobs.phrase(words)})`, caveat);
  }
  if (kind === 'metro-area') {
    const jobs = count(r, 2000, 30000, 'any');
    const words = r.pick(JOB_WORDS);
    const caveat = 'Chiffre de la seule métropole lilloise : un minimum pour la région, pas le total régional.';
    employment = figure(jobs, words, 'metro-area', `(${jobs.phrase(words)} rien que sur la métropole lilloise)`, caveat);
  }
  if (employment) mention = `${mention} ${employment.quote}`;
  if (kind === 'pole') {
    const firms = count(r, 100, 600, 'exact');
    const sites = count(r, 3, 20, 'exact');
    const schools = count(r, 5, 60, 'exact');
    const quote = `pôle d'excellence régional (${firms.asWritten} entreprises, ${sites.asWritten} plateformes, ${schools.asWritten} centres de formation)`;
    otherFigures.push(
      { label: 'Entreprises du pôle régional, pas de la grappe', ...figure(firms, 'entreprises', 'pole', quote), standsInFor: 'members' },
      { label: 'Plateformes du pôle', ...figure(sites, 'plateformes', 'pole', quote) },
    );
    if (r.chance(0.5)) otherFigures.push({ label: 'Centres de formation du pôle', ...figure(schools, 'centres de formation', 'pole', quote) });
    mention = `${where} est le fer de lance du ${quote}`;
  }
  if (kind === 'first-wave') mention = `En 2010, la ${name} avait fait partie de la première vague`;
  if (kind === 'spokesperson' || (kind !== 'first-wave' && r.chance(0.25))) {
    const quotes = [r.pick(SAYINGS)];
    if (kind === 'spokesperson') {
      const target = count(r, 20, 80, 'exact');
      const saying = `Notre objectif est de regrouper ${target.asWritten} entreprises d'ici un an ou deux`;
      quotes.push(saying);
      otherFigures.push({ label: "Objectif d'entreprises membres", ...figure(target, 'entreprises', 'members', saying) });
    }
    people.push({ name: `Porte-parole synthétique ${number}`, role: r.pick(ROLES), quotes });
  }

  return {
    slug: `grappe-synthetique-${number}`,
    name,
    acronym: r.chance(0.4) ? `GS${number}` : null,
    town,
    area: r.chance(0.3) ? r.pick(AREAS) : null,
    sectorId: sector?.id ?? null,
    wave,
    description: r.chance(0.7) ? DESCRIPTIONS[kind] : null,
    mentionQuote: `${mention}.`,
    members,
    employment,
    otherFigures,
    people,
  };
}

function syntheticSource(seed: number): Source {
  return {
    kind: 'Jeu de données synthétique',
    title: SYNTHETIC_TITLE,
    section: 'Essais',
    byline: `générateur de données synthétiques, graine ${seed}`,
    photoCredit: 'aucune',
    photoCaption: 'Aucune photo : données synthétiques.',
    publication: null,
    printedDate: null,
    estimatedDate: '2011-01-22',
    dateReasoning: 'Date inventée : ces données servent aux essais et aux mesures de performance.',
    unknown: ["Tout est inventé : aucun chiffre, aucun nom, aucune citation de ce jeu ne vient d'une source réelle."],
    corrections: [],
    synthetic: true,
  };
}

function syntheticProgramme(secondWave: number): Dataset['programme'] {
  const selected = written(secondWave);
  return {
    name: "Grappes d'entreprises (données synthétiques)",
    definition: "Un regroupement d'entreprises d'une même filière, inventé pour les essais.",
    definitionQuote: "un regroupement d'entreprises d'une même filière",
    agency: { acronym: 'DATAR', name: "Délégation interministérielle à l'aménagement du territoire et à l'attractivité régionale", spelledInArticle: 'DATAR' },
    secondWaveAnnouncedOn: '2011-01-21',
    secondWaveAnnouncedOnSource: 'second-wave',
    figures: [
      { id: 'supported-since', label: 'Année depuis laquelle le label est soutenu', value: 2009, unit: 'année', approximate: false, asWritten: '2009', quote: 'Chiffre synthétique : un label soutenu depuis 2009.' },
      { id: 'retained-nationally', label: 'Grappes retenues lors de la deuxième vague', value: secondWave, unit: 'grappes', approximate: false, asWritten: selected, quote: `Chiffre synthétique : ${selected} dossiers retenus.` },
      { id: 'budget', label: 'Enveloppe, sur deux ans', value: 24_000_000, unit: 'euros', approximate: false, asWritten: '24 millions', quote: "Chiffre synthétique : une enveloppe de 24 millions d'euros sur deux ans." },
      { id: 'budget-years', label: "Durée de l'enveloppe, en années", value: 2, unit: 'années', approximate: false, asWritten: 'deux', quote: "Chiffre synthétique : une enveloppe de 24 millions d'euros sur deux ans." },
      { id: 'selected-in-region', label: 'Projets sélectionnés lors de la deuxième vague', value: secondWave, unit: 'grappes', approximate: false, asWritten: selected, quote: `Chiffre synthétique : ${selected} projets sélectionnés.` },
    ],
  };
}

const CONTEXT: ContextFact[] = [
  {
    id: 'second-wave',
    statement: 'Fait inventé pour les essais : la deuxième vague est annoncée le 21 janvier 2011.',
    sources: [{ title: SYNTHETIC_TITLE, publisher: 'générateur de données synthétiques' }],
  },
];

/**
 * A dataset of `count` invented clusters for benchmarks and tests, the same for the same seed. It
 * passes the schema and rules of a real one, with the article's mix (every scope, missing and
 * approximate figures, both waves, about 12 sectors), and says it is synthetic in its source
 * (`synthetic: true`, the title) and in every name.
 */
export function syntheticDataset(count: number, seed: number): Dataset {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`nombre de grappes invalide : ${count} (au moins 1)`);
  const r = random(seed);
  const allSectors: Sector[] = SECTORS.map(([id, label]) => ({
    id,
    label: `${label} (synthétique)`,
    articleWords: `secteur inventé : ${label.toLowerCase()}`,
  }));
  const width = Math.max(4, String(count).length);
  const clusters = Array.from({ length: count }, (_, i) => syntheticCluster(r, i, width, allSectors));
  // A sector no cluster belongs to would be an empty filter: only the sectors in use are listed.
  const used = new Set(clusters.map((c) => c.sectorId));
  const sectors = allSectors.filter((s) => used.has(s.id));
  return {
    source: syntheticSource(seed),
    programme: syntheticProgramme(clusters.filter((c) => c.wave === 2).length),
    context: CONTEXT,
    sectors,
    clusters,
  };
}
