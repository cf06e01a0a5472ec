// The dataset's shape: one zod schema, from which every type of the app is inferred.
import { z } from 'zod';

import { closestWord } from './closest-word';
import { formatDate } from './french';
import { calendarDateProblem, ISO_DATE } from './iso-date';
import { SCOPES } from './scopes';

export { SCOPES };
export const scopeSchema = z.enum(SCOPES);

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'doit être en minuscules, chiffres et tirets (ex. « nord-package »)');

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

const text = z.string().trim().min(1, 'ne doit pas être vide');

/** "clé inconnue « cavaet » : vouliez-vous dire « caveat » ?", or the keys it may have. */
function unknownKeyMessage(key: string, known: readonly string[]): string {
  const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
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
  counts: text,
  scope: scopeSchema,
  /** True when the article gives the figure only approximately ("une quinzaine"). */
  approximate: z.boolean(),
  /** The figure exactly as the article writes it ("11 500", "une quinzaine"); must stand in the quote. */
  asWritten: text,
  /** The article's own words the figure comes from. */
  quote: text,
  /** A doubt about how to read the figure, said to the reader wherever it is shown. */
  caveat: text.optional(),
};
export const figureSchema = strictObject(figureShape);

export const otherFigureSchema = strictObject({
  ...figureShape,
  label: text,
  /**
   * Set when a chart should draw this figure in place of a missing one, marked with its own
   * scope (Euralogistic's 400 companies are the pole's, drawn where its member count is missing).
   */
  standsInFor: z.enum(['members', 'employment']).optional(),
});

/** A national or programme-wide figure: no cluster, so no scope. */
export const programmeFigureSchema = strictObject({
  id: slugSchema,
  label: text,
  value: z.number().int('doit être un nombre entier').nonnegative('ne doit pas être négatif'),
  unit: text,
  approximate: z.boolean(),
  asWritten: text,
  quote: text,
});

export const personSchema = strictObject({
  name: text,
  role: text.nullable(),
  quotes: z.array(text).min(1, 'au moins une citation'),
});

export const clusterSchema = strictObject({
  slug: slugSchema,
  name: text,
  acronym: text.nullable(),
  town: text.nullable(),
  area: text.nullable(),
  /** Null when the article states no sector (the first-wave clusters). */
  sectorId: slugSchema.nullable(),
  wave: z.union([z.literal(1), z.literal(2)]),
  description: text.nullable(),
  /** The sentence of the article that names the cluster. */
  mentionQuote: text,
  /** Null when the article gives no member count: shown as "non communiqué", never 0. */
  members: figureSchema.nullable(),
  employment: figureSchema.nullable(),
  otherFigures: z.array(otherFigureSchema),
  people: z.array(personSchema),
});

export const sectorSchema = strictObject({
  id: slugSchema,
  label: text,
  articleWords: text,
});

export const contextFactSchema = strictObject({
  id: slugSchema,
  statement: text,
  sources: z.array(strictObject({ title: text, publisher: text })).min(1, 'un fait de contexte doit citer sa source'),
});

export const sourceSchema = strictObject({
  kind: text,
  title: text,
  section: text,
  byline: text,
  photoCredit: text,
  photoCaption: text,
  publication: text.nullable(),
  printedDate: isoDateSchema.nullable(),
  estimatedDate: isoDateSchema,
  dateReasoning: text,
  unknown: z.array(text),
  corrections: z.array(text),
  /**
   * Set on generated datasets only (`npm run data:synthetic`): the app then says on every page
   * that its figures are invented. Optional, so that a real dataset needs no such field.
   */
  synthetic: z.literal(true).optional(),
});

export const programmeSchema = strictObject({
  name: text,
  definition: text,
  definitionQuote: text,
  agency: strictObject({ acronym: text, name: text, spelledInArticle: text }),
  secondWaveAnnouncedOn: isoDateSchema,
  /** Id of the context fact that dates the announcement. */
  secondWaveAnnouncedOnSource: slugSchema,
  figures: z.array(programmeFigureSchema),
});

export const datasetSchema = strictObject({
  source: sourceSchema,
  programme: programmeSchema,
  context: z.array(contextFactSchema),
  sectors: z.array(sectorSchema).min(1, 'au moins un secteur'),
  clusters: z.array(clusterSchema).min(1, 'au moins une grappe'),
});

export type Scope = z.infer<typeof scopeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type OtherFigure = z.infer<typeof otherFigureSchema>;
export type ProgrammeFigure = z.infer<typeof programmeFigureSchema>;
export type Person = z.infer<typeof personSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type ContextFact = z.infer<typeof contextFactSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
