// French formatting and reading of numbers and dates, as the paper prints them.

/** Made on first use: building an Intl formatter loads locale data, which a page that formats nothing need not pay for. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const numberFormat = lazy(() => new Intl.NumberFormat('fr-FR'));
const dateFormat = lazy(() => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/**
 * "11 500", grouped with a no-break space. fr-FR groups with a narrow no-break space (U+202F),
 * which many fonts lack and some viewers drop: the plain no-break space prints everywhere.
 */
export function formatNumber(value: number): string {
  return numberFormat().format(value).replace(/\u202f/g, '\u00a0');
}

/** "≈ 15" for an approximate figure, "60" otherwise. */
export function formatFigureValue(value: number, approximate: boolean): string {
  return approximate ? `≈ ${formatNumber(value)}` : formatNumber(value);
}

/** "1 grappe", "985 grappes": a count and its noun, singular for 0 and 1 as French has it. */
export function formatCount(value: number, singular: string, plural: string): string {
  return `${formatNumber(value)} ${value > 1 ? plural : singular}`;
}

/** "1er", "2e", "87e": a rank as a French text abbreviates it. */
export function formatOrdinal(rank: number): string {
  return rank === 1 ? '1er' : `${formatNumber(rank)}e`;
}

const SMALL_NUMBERS = ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];

/**
 * "sept" for a count of feminine things (grappes) in running text, as the article writes it;
 * digits from 17 on ("126", "1 000"), where words would be long and harder to read.
 */
export function formatCountInWords(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < SMALL_NUMBERS.length ? SMALL_NUMBERS[value] : formatNumber(value);
}

/** "21 janvier 2011", "1er mai 2010", from an ISO date (AAAA-MM-JJ). */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`date invalide : ${isoDate}`);
  const formatted = dateFormat().format(date);
  return date.getUTCDate() === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** "24 millions d'euros" from 24 000 000; plain grouping below a million. */
export function formatEuros(value: number): string {
  if (value >= 1_000_000 && value % 1_000_000 === 0) {
    const millions = value / 1_000_000;
    return `${formatNumber(millions)} ${millions > 1 ? 'millions' : 'million'} d'euros`;
  }
  return `${formatNumber(value)} euros`;
}

const UNITS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
};

/** Nouns of approximation: "une quinzaine" is about 15. */
const APPROXIMATE_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30,
  quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
};

const MULTIPLIERS: Record<string, number> = {
  mille: 1000, million: 1_000_000, millions: 1_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000,
};

const APPROXIMATE_PREFIXES = ['environ', 'près de', 'presque', 'quelque', 'quelques', 'plus de', 'moins de'];

export type FrenchNumber = { value: number; approximate: boolean };

/**
 * Reads a number as a French text writes it: "11 500", "9 408", "Sept", "une quinzaine",
 * "24 millions", "environ 300". Returns null when the words are not a number it knows.
 */
export function parseFrenchNumber(written: string): FrenchNumber | null {
  let rest = written.trim().toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  let approximate = false;
  for (const prefix of APPROXIMATE_PREFIXES) {
    if (rest.startsWith(`${prefix} `)) {
      approximate = true;
      rest = rest.slice(prefix.length + 1);
      break;
    }
  }

  const approxNoun = rest.match(/^(?:une |un )?(\p{L}+)$/u);
  if (approxNoun && approxNoun[1] in APPROXIMATE_NOUNS) {
    return { value: APPROXIMATE_NOUNS[approxNoun[1]], approximate: true };
  }

  const digits = rest.match(/^(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?(?: (\p{L}+))?$/u);
  if (digits) {
    const whole = Number(digits[1].replace(/ /g, ''));
    const fraction = digits[2] ? Number(`0.${digits[2]}`) : 0;
    const multiplier = digits[3] === undefined ? 1 : MULTIPLIERS[digits[3]];
    if (multiplier === undefined) return null;
    const value = (whole + fraction) * multiplier;
    return Number.isInteger(value) ? { value, approximate } : null;
  }

  const word = rest.match(/^(\p{L}+)(?: (\p{L}+))?$/u);
  if (word && word[1] in UNITS) {
    const multiplier = word[2] === undefined ? 1 : MULTIPLIERS[word[2]];
    if (multiplier === undefined) return null;
    return { value: UNITS[word[1]] * multiplier, approximate };
  }
  return null;
}

/** Collapses every kind of white space into one plain space, for comparing texts. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const isSpace = (c: string | undefined) => c !== undefined && /[\s\u00a0\u202f]/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}-]/u.test(c);
/** What stands between two digits of one number: a thousands separator, a decimal comma or point. */
const isInsideNumber = (c: string | undefined) => isSpace(c) || c === ',' || c === '.';
/** Lower case, one UTF-16 unit for one, so that positions in the folded text are the original's. */
const fold = (c: string | undefined) => {
  const lower = c?.toLowerCase();
  return lower !== undefined && lower.length === 1 ? lower : c;
};

/**
 * The end of `written` if it stands at `start` in `quote`, or -1: letters compared without case,
 * and one space in `written` matching one or more French spaces of any kind in `quote`.
 */
function matchAt(quote: string, start: number, written: string): number {
  let q = start;
  for (let i = 0; i < written.length; i++) {
    const w = written[i];
    if (w === ' ') {
      if (!isSpace(quote[q])) return -1;
      while (isSpace(quote[q])) q++;
    } else if (fold(quote[q]) === fold(w)) {
      q++;
    } else {
      return -1;
    }
  }
  return q;
}

/** Not glued to a letter, a digit or a dash, nor the end or the start of a longer number. */
function standsAlone(quote: string, start: number, end: number): boolean {
  const [before2, before, after, after2] = [quote[start - 2], quote[start - 1], quote[end], quote[end + 1]];
  if (isWordCharacter(before) || isWordCharacter(after)) return false;
  // "11 500" or "1,5" before; ",5" after.
  if (isInsideNumber(before) && isDigit(before2)) return false;
  if ((after === ',' || after === '.') && isDigit(after2)) return false;
  // " 000" after: a group of thousands, "60 000".
  return !(isSpace(after) && /^\p{N}{3}(?!\p{N})/u.test(quote.slice(end + 1, end + 5)));
}

export type FigureInQuote =
  | { found: true; start: number; end: number }
  /** `within`: the longer number or word the figure's text stands in, if it stands anywhere. */
  | { found: false; within: string | null };

/**
 * Where a figure, as written ("11 500", "une quinzaine"), stands in a quote as a number of its
 * own: not as a piece of a longer one, "5" in "500", "1 500" in "11 500", "60" in "160", "1,5",
 * "60 000" or "2009-2010", nor "deux" in "deuxième". Case is ignored, and any French space
 * matches any other, so that "11 500" is found in "11 500" typed with a no-break space.
 * (No regular expression built from the figure: compiling one per figure costs seconds on a
 * large dataset.)
 */
export function findFigureInQuote(quote: string, asWritten: string): FigureInQuote {
  const written = normalizeSpaces(asWritten);
  if (written === '') return { found: false, within: null };
  let firstSeen: { start: number; end: number } | null = null;
  for (let start = 0; start < quote.length; start++) {
    const end = matchAt(quote, start, written);
    if (end === -1) continue;
    if (standsAlone(quote, start, end)) return { found: true, start, end };
    firstSeen ??= { start, end };
  }
  if (firstSeen === null) return { found: false, within: null };

  let { start, end } = firstSeen;
  const joins = (before: string | undefined, between: string | undefined, after: string | undefined) =>
    isWordCharacter(between) || (isInsideNumber(between) && isDigit(before) && isDigit(after));
  while (start > 0 && joins(quote[start - 2], quote[start - 1], quote[start])) start--;
  while (end < quote.length && joins(quote[end - 1], quote[end], quote[end + 1])) end++;
  return { found: false, within: quote.slice(start, end) };
}
