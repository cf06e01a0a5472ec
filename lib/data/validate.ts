// Checks a dataset file: its JSON, its shape (the zod schema) and the rules the shape cannot say.
import { z } from 'zod';
import { datasetSchema, type Dataset, type Figure, type ProgrammeFigure } from './schema';
import { findFigureInQuote, parseFrenchNumber } from '../format/french';

export type Problem = { path: string; reason: string };
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** ['clusters', 2, 'members', 'value'] → "clusters[2].members.value"; the root is "$". */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '$' : out;
}

/** "data/clusters.json: clusters[2].members.value: ne doit pas être négatif" */
export function formatProblems(file: string, problems: Problem[]): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.reason}`).join('\n');
}

/** Validates the text of a dataset file: JSON, then shape, then rules. */
export function validateDatasetText(text: string): ValidationResult {
  if (text.trim() === '') return { ok: false, problems: [{ path: '$', reason: 'le fichier est vide' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', reason: `JSON invalide : ${(error as Error).message}` }] };
  }
  return validateDataset(raw);
}

const frenchMessages = z.locales.fr().localeError;

export function validateDataset(raw: unknown): ValidationResult {
  // zod's own messages in French, like the rules' ("entrée invalide : objet attendu, undefined reçu").
  const parsed = datasetSchema.safeParse(raw, { error: frenchMessages });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatJsonPath(issue.path), reason: issue.message })),
    };
  }
  const problems = checkRules(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

function checkRules(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Array<string | number>, reason: string) => problems.push({ path: formatJsonPath(path), reason });

  checkUnique(dataset.sectors.map((s) => s.id), 'sectors', 'id', report);
  checkUnique(dataset.clusters.map((c) => c.slug), 'clusters', 'slug', report);
  checkUnique(dataset.context.map((c) => c.id), 'context', 'id', report);
  checkUnique(dataset.programme.figures.map((f) => f.id), 'programme.figures', 'id', report);

  const sectorIds = new Set(dataset.sectors.map((s) => s.id));
  const contextIds = new Set(dataset.context.map((c) => c.id));
  if (!contextIds.has(dataset.programme.secondWaveAnnouncedOnSource)) {
    report(
      ['programme', 'secondWaveAnnouncedOnSource'],
      `le fait de contexte « ${dataset.programme.secondWaveAnnouncedOnSource} » n'existe pas dans context`,
    );
  }

  dataset.programme.figures.forEach((figure, i) => checkFigure(figure, ['programme', 'figures', i], report));
  dataset.clusters.forEach((cluster, i) => {
    if (cluster.sectorId !== null && !sectorIds.has(cluster.sectorId)) {
      report(['clusters', i, 'sectorId'], `le secteur « ${cluster.sectorId} » n'existe pas dans sectors`);
    }
    if (cluster.members) checkFigure(cluster.members, ['clusters', i, 'members'], report);
    if (cluster.employment) checkFigure(cluster.employment, ['clusters', i, 'employment'], report);
    cluster.otherFigures.forEach((figure, j) => checkFigure(figure, ['clusters', i, 'otherFigures', j], report));
  });
  const slugs = new Set(dataset.clusters.map((c) => c.slug));
  (dataset.corrections ?? []).forEach((correction, i) => {
    if (correction.cluster !== undefined && !slugs.has(correction.cluster)) {
      report(['corrections', i, 'cluster'], `la grappe « ${correction.cluster} » n'existe pas dans clusters`);
    }
  });
  return problems;
}

type Report = (path: Array<string | number>, reason: string) => void;

function checkUnique(values: string[], list: string, field: string, report: Report) {
  const firstIndex = new Map<string, number>();
  values.forEach((value, i) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, i);
    else report([...list.split('.'), i, field], `« ${value} » est déjà utilisé par ${list}[${first}]`);
  });
}

/**
 * A figure must be written in its quote, as a number of its own and with a word of the article
 * beside it, and read back as its value and its approximation.
 */
function checkFigure(figure: Figure | ProgrammeFigure, path: Array<string | number>, report: Report) {
  const read = parseFrenchNumber(figure.asWritten);
  if (read === null) {
    report([...path, 'asWritten'], `« ${figure.asWritten} » ne se lit pas comme un nombre`);
  } else {
    if (read.value !== figure.value) {
      report([...path, 'value'], `vaut ${figure.value} mais le texte écrit « ${figure.asWritten} » (${read.value})`);
    }
    if (read.approximate && !figure.approximate) {
      report([...path, 'approximate'], `« ${figure.asWritten} » est approximatif : approximate doit valoir true`);
    }
    if (!read.approximate && figure.approximate) {
      report([...path, 'approximate'], `« ${figure.asWritten} » est un chiffre exact : approximate doit valoir false`);
    }
  }
  const place = findFigureInQuote(figure.quote, figure.asWritten);
  if (!place.found) {
    report(
      [...path, 'quote'],
      place.within === null
        ? `la citation ne contient pas le chiffre « ${figure.asWritten} »`
        : `la citation ne contient « ${figure.asWritten} » que dans « ${place.within} » : le chiffre doit y figurer seul, pas dans un nombre ou un mot plus long`,
    );
    return;
  }
  if (!hasWordBesides(figure.quote, place)) {
    report(
      [...path, 'quote'],
      `la citation n'a aucun mot (de trois lettres ou plus) en dehors du chiffre « ${figure.asWritten} » : elle doit dire, dans les mots de l'article, ce qu'il compte`,
    );
  }
}

/**
 * A quote says what its figure counts, in the article's words: "60" alone would let any number
 * pass for a quote. One word is enough, as the article's own "(700 salariés)" has; of three
 * letters or more, so that "60 de" is not a phrase.
 */
function hasWordBesides(quote: string, figure: { start: number; end: number }): boolean {
  return /\p{L}{3,}/u.test(`${quote.slice(0, figure.start)} ${quote.slice(figure.end)}`);
}
