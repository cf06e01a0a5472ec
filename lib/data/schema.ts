// The dataset's shape: one zod schema, from which every type of the app is inferred.
import { z } from 'zod';

import { closestWord } from './closest-word';
import { characterCount, findForbiddenCharacter, printable } from './forbidden-characters';
import { formatDate, formatNumber } from '../format/french';
import { calendarDateProblem, ISO_DATE } from '../format/iso-date';
import { SCOPES } from './scopes';
import { CHART_IDS } from './chart-ids';

export { SCOPES };
export const scopeSchema = z.enum(SCOPES);

/**
 * The days a date of the dataset may fall on: the label was created in 2009 (the DATAR has
 * supported it "depuis 2009"), so nothing about it comes earlier; 2030 leaves room for later
 * articles on the same clusters (the 2015 evaluation is in the context) while refusing a mistyped
 * century or decade ("2101", "2110"). Checked without a clock, so a file valid today stays valid.
 */
export const DATASET_DATES = { from: '2009-01-01', to: '2030-12-31' } as const;

const isoDateSchema = z
  .string()
  .regex(ISO_DATE, 'doit être une date AAAA-MM-JJ')
  .superRefine((date, ctx) => {
    if (!ISO_DATE.test(date)) return; // already said
    const problem = calendarDateProblem(date);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', message: `« ${date} » n'est pas une date du calendrier : ${problem}` });
    } else if (date < DATASET_DATES.from || date > DATASET_DATES.to) {
      ctx.addIssue({
        code: 'custom',
        message: `« ${date} » hors limites : une date du ${formatDate(DATASET_DATES.from)} au ${formatDate(DATASET_DATES.to)}`,
      });
    }
  });

/**
 * How long each kind of text may be, in characters, and whether it may hold line breaks. The
 * lengths leave room to spare for what the article gives (its longest sentence is 200 characters,
 * the whole article 2 400), far below what only a broken file holds (a pasted page, a 1 MB
 * description that every page would then carry).
 */
export const TEXT_LIMITS = {
  /** A slug or id, in a URL: "action-plasturgie-artois-flandres" is 33. */
  slug: { max: 80, what: 'un identifiant', lineBreaks: false },
  /** A name, town, acronym, role, unit, what a figure counts, a figure as written. */
  name: { max: 120, what: 'un nom', lineBreaks: false },
  /** A label or title: "Grappes retenues au niveau national lors de la deuxième vague". */
  label: { max: 200, what: 'un libellé ou un titre', lineBreaks: false },
  /** The article's own words: a sentence, or two. */
  quote: { max: 1_000, what: 'une citation', lineBreaks: false },
  /**
   * A description, a context fact, a caveat, a note on the source: the only texts that may run over
   * several lines, as a spreadsheet cell typed with Alt+Entrée does.
   */
  description: { max: 2_000, what: 'une description ou une note', lineBreaks: true },
} as const;
type TextKind = keyof typeof TEXT_LIMITS;

/** A text within its kind's length. */
function checkLength(value: string, kind: TextKind, ctx: z.RefinementCtx) {
  const { max, what } = TEXT_LIMITS[kind];
  // The UTF-16 length is never below the count of characters: most texts need no counting.
  const length = value.length > max ? characterCount(value) : value.length;
  if (length > max) {
    ctx.addIssue({ code: 'custom', message: `trop long : ${formatNumber(length)} caractères, au plus ${formatNumber(max)} pour ${what}` });
  }
}

/** No invisible character that garbles a page or a terminal, or makes a text read otherwise than it is. */
function checkCharacters(value: string, ctx: z.RefinementCtx, kind: TextKind) {
  const forbidden = findForbiddenCharacter(value, { lineBreaks: TEXT_LIMITS[kind].lineBreaks });
  if (forbidden) {
    const name = forbidden.kind === 'control' ? 'caractère de contrôle' : 'caractère de contrôle bidirectionnel';
    const where = forbidden.name ? `${forbidden.name}, position ${forbidden.position}` : `position ${forbidden.position}`;
    ctx.addIssue({ code: 'custom', message: `${name} ${forbidden.codePoint} interdit (${where})` });
  }
}

/** A text of the dataset: trimmed, not empty, within its kind's length, with printable characters only. */
function text(kind: Exclude<TextKind, 'slug'>) {
  return z
    .string()
    .superRefine((value, ctx) => checkCharacters(value, ctx, kind)) // before trimming: the position is the file's
    .trim()
    .min(1, 'ne doit pas être vide')
    .superRefine((value, ctx) => checkLength(value, kind, ctx));
}

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'doit être en minuscules, chiffres et tirets (ex. « nord-package »)')
  // Its characters are the pattern's already.
  .superRefine((value, ctx) => checkLength(value, 'slug', ctx));

/** "clé inconnue « cavaet » : vouliez-vous dire « caveat » ?", or the keys it may have. */
function unknownKeyMessage(key: string, known: readonly string[]): string {
  const shown = printable(key);
  const close = closestWord(key, known);
  return close === null
    ? `clé inconnue « ${shown} » (clés possibles : ${known.join(', ')})`
    : `clé inconnue « ${shown} » : vouliez-vous dire « ${close} » ?`;
}

/**
 * An object that refuses keys it does not know: a loose one would drop a misspelled "cavaet"
 * without a word, and the reader would never see the caveat.
 */
function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    // Other issues (an array where the object should be) keep zod's French message.
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownKeyMessage(key, known)).join(' ; ') : undefined),
  });
}

/** A number the article gives, with the words it counts and the sentence it comes from. */
const figureShape = {
  value: z.number().int('doit être un nombre entier').nonnegative('ne doit pas être négatif'),
  /** What is counted, in the article's words ("industriels plasturgistes", "membres actifs"). */
  counts: text('name'),
  scope: scopeSchema,
  /** True when the article gives the figure only approximately ("une quinzaine"). */
  approximate: z.boolean(),
  /** The figure exactly as the article writes it ("11 500", "une quinzaine"); must stand in the quote. */
  asWritten: text('name'),
  /** The article's own words the figure comes from. */
  quote: text('quote'),
  /** A doubt about how to read the figure, said to the reader wherever it is shown. */
  caveat: text('description').optional(),
};
export const figureSchema = strictObject(figureShape);

export const otherFigureSchema = strictObject({
  ...figureShape,
  label: text('label'),
  /**
   * Set when a chart should draw this figure in place of a missing one, marked with its own
   * scope (Euralogistic's 400 companies are the pole's, drawn where its member count is missing).
   */
  standsInFor: z.enum(['members', 'employment']).optional(),
});

/** A national or programme-wide figure: no cluster, so no scope. */
export const programmeFigureSchema = strictObject({
  id: slugSchema,
  label: text('label'),
  value: z.number().int('doit être un nombre entier').nonnegative('ne doit pas être négatif'),
  unit: text('name'),
  approximate: z.boolean(),
  asWritten: text('name'),
  quote: text('quote'),
});

export const personSchema = strictObject({
  name: text('name'),
  role: text('name').nullable(),
  quotes: z.array(text('quote')).min(1, 'au moins une citation'),
});

export const clusterSchema = strictObject({
  slug: slugSchema,
  name: text('name'),
  acronym: text('name').nullable(),
  town: text('name').nullable(),
  area: text('name').nullable(),
  /** Null when the article states no sector (the first-wave clusters). */
  sectorId: slugSchema.nullable(),
  wave: z.union([z.literal(1), z.literal(2)]),
  description: text('description').nullable(),
  /** The sentence of the article that names the cluster. */
  mentionQuote: text('quote'),
  /** Null when the article gives no member count: shown as "non communiqué", never 0. */
  members: figureSchema.nullable(),
  employment: figureSchema.nullable(),
  otherFigures: z.array(otherFigureSchema),
  people: z.array(personSchema),
});

export const sectorSchema = strictObject({
  id: slugSchema,
  label: text('label'),
  articleWords: text('label'),
});

/** The longest address a public source may give: a page's address, not a pasted page. */
export const SOURCE_URL_MAX = 500;

/** A public source of a context fact; `url`, when known, is the address of the page itself (https). */
export const publicSourceSchema = strictObject({
  title: text('label'),
  publisher: text('name'),
  url: z
    .string()
    .max(SOURCE_URL_MAX, `trop long : au plus ${SOURCE_URL_MAX} caractères pour une adresse`)
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'doit être une adresse https://… complète')
    .optional(),
});

export const contextFactSchema = strictObject({
  id: slugSchema,
  statement: text('description'),
  sources: z.array(publicSourceSchema).min(1, 'un fait de contexte doit citer sa source'),
});

export const sourceSchema = strictObject({
  kind: text('name'),
  title: text('label'),
  section: text('name'),
  byline: text('name'),
  photoCredit: text('name'),
  photoCaption: text('description'),
  publication: text('name').nullable(),
  printedDate: isoDateSchema.nullable(),
  estimatedDate: isoDateSchema,
  dateReasoning: text('description'),
  unknown: z.array(text('description')),
  corrections: z.array(text('description')),
  /**
   * Set on generated datasets only (`npm run data:synthetic`): the app then says on every page
   * that its figures are invented. Optional, so that a real dataset needs no such field.
   */
  synthetic: z.literal(true).optional(),
});

export const programmeSchema = strictObject({
  name: text('name'),
  definition: text('description'),
  definitionQuote: text('quote'),
  agency: strictObject({ acronym: text('name'), name: text('label'), spelledInArticle: text('name') }),
  secondWaveAnnouncedOn: isoDateSchema,
  /** Id of the context fact that dates the announcement. */
  secondWaveAnnouncedOnSource: slugSchema,
  figures: z.array(programmeFigureSchema),
});

/**
 * A correction the newsroom made after publication, printed under every chart it bears on as
 * « Corrigé le 2 décembre 2026 : … »: every chart, or one (`chart`), and every view, or only those
 * that show one cluster (`cluster`, a slug of clusters, checked in validate.ts).
 */
export const correctionSchema = strictObject({
  date: isoDateSchema,
  text: text('description'),
  chart: z.enum(CHART_IDS, { error: `doit être l'un des graphiques : ${CHART_IDS.map((id) => `« ${id} »`).join(' ou ')}` }).optional(),
  cluster: slugSchema.optional(),
});

export const datasetSchema = strictObject({
  source: sourceSchema,
  programme: programmeSchema,
  context: z.array(contextFactSchema),
  sectors: z.array(sectorSchema).min(1, 'au moins un secteur'),
  clusters: z.array(clusterSchema).min(1, 'au moins une grappe'),
  /** Absent, or empty, when nothing was corrected: the charts then print no correction line. */
  corrections: z.array(correctionSchema).optional(),
});

export type Scope = z.infer<typeof scopeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type OtherFigure = z.infer<typeof otherFigureSchema>;
export type ProgrammeFigure = z.infer<typeof programmeFigureSchema>;
export type Person = z.infer<typeof personSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type ContextFact = z.infer<typeof contextFactSchema>;
export type PublicSource = z.infer<typeof publicSourceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
