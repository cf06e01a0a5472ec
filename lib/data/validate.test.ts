import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJsonPath, formatProblems, validateDatasetText } from './validate';

const validText = readFileSync('data/clusters.json', 'utf8');

/** The built-in dataset as loose JSON, so that a test can break it in any way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = any;

/** The built-in dataset with one change made to it. */
function broken(change: (data: LooseJson) => void): string {
  const data = JSON.parse(validText);
  change(data);
  return JSON.stringify(data);
}

function problemsOf(text: string): string[] {
  const result = validateDatasetText(text);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.reason}`);
}

describe('validateDatasetText', () => {
  it('accepts the built-in dataset', () => {
    expect(validateDatasetText(validText).ok).toBe(true);
  });

  it.each<[string, string, RegExp]>([
    ['an empty file', '', /^\$: le fichier est vide$/],
    ['invalid JSON', '{"source": ', /^\$: JSON invalide/],
    ['a missing field', broken((d) => delete d.clusters[1].name), /^clusters\[1\]\.name: Entrée invalide : chaîne de caractères attendu, indéfini reçu$/],
    ['a wrong type', broken((d) => (d.clusters[0].members.value = '60')), /^clusters\[0\]\.members\.value: Entrée invalide : nombre attendu, chaîne de caractères reçu$/],
    ['a negative count', broken((d) => (d.clusters[0].members.value = -60)), /^clusters\[0\]\.members\.value: ne doit pas être négatif$/],
    ['a non-integer count', broken((d) => (d.clusters[0].members.value = 60.5)), /^clusters\[0\]\.members\.value: doit être un nombre entier$/],
    ['an empty quote', broken((d) => (d.clusters[2].members.quote = '  ')), /^clusters\[2\]\.members\.quote: ne doit pas être vide$/],
    ['a duplicate slug', broken((d) => (d.clusters[3].slug = d.clusters[0].slug)), /^clusters\[3\]\.slug: « action-plasturgie-artois-flandres » est déjà utilisé par clusters\[0\]$/],
    ['an unknown sector', broken((d) => (d.clusters[1].sectorId = 'aeronautique')), /^clusters\[1\]\.sectorId: le secteur « aeronautique » n'existe pas dans sectors$/],
    ['a figure missing from its quote', broken((d) => (d.clusters[0].members.quote = 'regroupe des industriels')), /^clusters\[0\]\.members\.quote: la citation ne contient pas le chiffre « 60 »$/],
    ['a figure 5 that the quote only has in 500', broken((d) => Object.assign(d.clusters[0].members, { value: 5, asWritten: '5', quote: 'regroupe 500 membres' })), /^clusters\[0\]\.members\.quote: la citation ne contient « 5 » que dans « 500 » : le chiffre doit y figurer seul, pas dans un nombre ou un mot plus long$/],
    ['a figure 1 500 that the quote only has in 11 500', broken((d) => Object.assign(d.clusters[0].employment, { value: 1500, asWritten: '1 500', quote: 'rassemblant 11 500 emplois' })), /^clusters\[0\]\.employment\.quote: la citation ne contient « 1 500 » que dans « 11 500 » : le chiffre/],
    ['a figure 60 that the quote only has in 160', broken((d) => (d.clusters[0].members.quote = 'regroupe 160 industriels plasturgistes')), /^clusters\[0\]\.members\.quote: la citation ne contient « 60 » que dans « 160 » : le chiffre/],
    ['a figure in words that the quote only has in a longer word', broken((d) => (d.programme.figures[3].quote = 'la deuxième vague')), /^programme\.figures\[3\]\.quote: la citation ne contient « deux » que dans « deuxième » : le chiffre/],
    ['a quote that is only the number', broken((d) => (d.clusters[0].members.quote = '60')), /^clusters\[0\]\.members\.quote: la citation n'a aucun mot \(de trois lettres ou plus\) en dehors du chiffre « 60 » : elle doit dire, dans les mots de l'article, ce qu'il compte$/],
    ['a quote that is the number and a short word', broken((d) => (d.clusters[2].members.quote = "d'une quinzaine.")), /^clusters\[2\]\.members\.quote: la citation n'a aucun mot \(de trois lettres ou plus\) en dehors du chiffre « une quinzaine »/],
    ['a value that is not what the text says', broken((d) => (d.clusters[0].members.value = 61)), /^clusters\[0\]\.members\.value: vaut 61 mais le texte écrit « 60 » \(60\)$/],
    ['an approximate figure not flagged', broken((d) => (d.clusters[2].members.approximate = false)), /^clusters\[2\]\.members\.approximate: « une quinzaine » est approximatif/],
    ['an unknown scope', broken((d) => (d.clusters[0].employment.scope = 'country')), /^clusters\[0\]\.employment\.scope: Option invalide : une valeur parmi /],
    ['a bad slug', broken((d) => (d.clusters[0].slug = 'Action Plasturgie')), /^clusters\[0\]\.slug: doit être en minuscules/],
    ['a misspelled key, with the key it was meant to be', broken((d) => (d.clusters[1].employment.cavaet = 'Lecture probable')), /^clusters\[1\]\.employment: clé inconnue « cavaet » : vouliez-vous dire « caveat » \?$/],
    ['a misspelled key of the source', broken((d) => (d.source.synthetique = true)), /^source: clé inconnue « synthetique » : vouliez-vous dire « synthetic » \?$/],
    ['an unknown key close to none, with the keys it may have', broken((d) => (d.sectors[0].couleur = 'bleu')), /^sectors\[0\]: clé inconnue « couleur » \(clés possibles : id, label, articleWords\)$/],
    ['a printed date that does not exist', broken((d) => (d.source.printedDate = '2011-02-30')), /^source\.printedDate: « 2011-02-30 » n'est pas une date du calendrier : février 2011 n'a que 28 jours$/],
    ['a date in month 13', broken((d) => (d.source.printedDate = '2011-13-45')), /^source\.printedDate: « 2011-13-45 » n'est pas une date du calendrier : il n'y a pas de mois 13$/],
    ['a date of nines', broken((d) => (d.source.estimatedDate = '9999-99-99')), /^source\.estimatedDate: « 9999-99-99 » n'est pas une date du calendrier : il n'y a pas de mois 99$/],
    ['a date before the label existed', broken((d) => (d.programme.secondWaveAnnouncedOn = '2008-12-31')), /^programme\.secondWaveAnnouncedOn: « 2008-12-31 » hors limites : une date du 1er janvier 2009 au 31 décembre 2030$/],
    ['a date a century off', broken((d) => (d.source.estimatedDate = '2111-01-22')), /^source\.estimatedDate: « 2111-01-22 » hors limites : une date du 1er janvier 2009 au 31 décembre 2030$/],
    ['a date that is not AAAA-MM-JJ', broken((d) => (d.source.estimatedDate = '22/01/2011')), /^source\.estimatedDate: doit être une date AAAA-MM-JJ$/],
    ['a 1 MB description', broken((d) => (d.clusters[2].description = 'x'.repeat(1_048_576))), /^clusters\[2\]\.description: trop long : 1\s048\s576 caractères, au plus 2\s000 pour une description ou une note$/],
    ['a name too long', broken((d) => (d.clusters[0].name = 'Action '.repeat(20))), /^clusters\[0\]\.name: trop long : 139 caractères, au plus 120 pour un nom$/],
    ['a label too long', broken((d) => (d.sectors[0].label = 'é'.repeat(201))), /^sectors\[0\]\.label: trop long : 201 caractères, au plus 200 pour un libellé ou un titre$/],
    ['a quote too long', broken((d) => (d.clusters[0].members.quote = `${d.clusters[0].members.quote} ${'et '.repeat(400)}`)), /^clusters\[0\]\.members\.quote: trop long : 1\s\d{3} caractères, au plus 1\s000 pour une citation$/],
    ['a slug of 400 characters', broken((d) => (d.clusters[0].slug = 'a'.repeat(400))), /^clusters\[0\]\.slug: trop long : 400 caractères, au plus 80 pour un identifiant$/],
    ['a NUL character', broken((d) => (d.sectors[0].label = 'Plast\u0000urgie')), /^sectors\[0\]\.label: caractère de contrôle U\+0000 interdit \(caractère nul, position 6\)$/],
    ['an ESC character', broken((d) => (d.clusters[1].employment.caveat = '\u001b[2JLecture probable')), /^clusters\[1\]\.employment\.caveat: caractère de contrôle U\+001B interdit \(échappement, position 1\)$/],
    ['a C1 control character', broken((d) => (d.clusters[0].people[0].quotes[0] = 'C\u0085est une véritable reconnaissance')), /^clusters\[0\]\.people\[0\]\.quotes\[0\]: caractère de contrôle U\+0085 interdit \(position 2\)$/],
    ['a line break in a name', broken((d) => (d.clusters[0].name = 'Action Plasturgie\nArtois Flandres')), /^clusters\[0\]\.name: caractère de contrôle U\+000A interdit \(saut de ligne, position 18\)$/],
    ['a right-to-left override', broken((d) => (d.clusters[0].name = 'Action \u202EPlasturgie')), /^clusters\[0\]\.name: caractère de contrôle bidirectionnel U\+202E interdit \(forçage de droite à gauche, position 8\)$/],
    ['a bidi isolate in a quote', broken((d) => (d.clusters[0].mentionQuote = `\u2067${d.clusters[0].mentionQuote}`)), /^clusters\[0\]\.mentionQuote: caractère de contrôle bidirectionnel U\+2067 interdit \(position 1\)$/],
    ['an unknown key spelled with a bidi override', broken((d) => (d.clusters[0]['na\u202Eme'] = 'x')), /^clusters\[0\]: clé inconnue « na<U\+202E>me » : vouliez-vous dire « name » \?$/],
    ['an unknown key at the root', broken((d) => (d.clusterz = [])), /^\$: clé inconnue « clusterz » : vouliez-vous dire « clusters » \?$/],
    ['a correction dated on no calendar day', broken((d) => (d.corrections = [{ date: '2026-02-30', text: 'Chiffre rectifié.' }])), /^corrections\[0\]\.date: « 2026-02-30 » n'est pas une date du calendrier/],
    ['a correction dated in words', broken((d) => (d.corrections = [{ date: '2 décembre 2026', text: 'Chiffre rectifié.' }])), /^corrections\[0\]\.date: doit être une date AAAA-MM-JJ$/],
    ['a correction with no words', broken((d) => (d.corrections = [{ date: '2026-12-02', text: '   ' }])), /^corrections\[0\]\.text: ne doit pas être vide$/],
    ['a correction of an unknown chart', broken((d) => (d.corrections = [{ date: '2026-12-02', text: 'Chiffre rectifié.', chart: 'effectifs' }])), /^corrections\[0\]\.chart: doit être l'un des graphiques : « membres » ou « emplois »$/],
    ['a correction of an unknown cluster', broken((d) => (d.corrections = [{ date: '2026-12-01', text: 'a' }, { date: '2026-12-02', text: 'Chiffre rectifié.', cluster: 'nord-packages' }])), /^corrections\[1\]\.cluster: la grappe « nord-packages » n'existe pas dans clusters$/],
    ['a correction with a misspelled key', broken((d) => (d.corrections = [{ date: '2026-12-02', texte: 'Chiffre rectifié.' }])), /^corrections\[0\]: clé inconnue « texte » : vouliez-vous dire « text » \?$/],
  ])('rejects %s, naming the JSON path and the reason', (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it('accepts corrections dated, worded and scoped to a known chart and cluster, or none at all', () => {
    const text = broken((d) => (d.corrections = [{ date: '2026-12-02', text: 'Chiffre rectifié.', chart: 'membres', cluster: 'nord-package' }, { date: '2026-12-01', text: 'Source précisée.' }]));
    expect(problemsOf(text)).toEqual([]);
    expect(problemsOf(broken((d) => (d.corrections = [])))).toEqual([]);
  });

  it("takes a public source's page address only as a complete https:// address", () => {
    const withUrl = (url: string) => broken((d) => (d.context[0].sources[0].url = url));
    expect(problemsOf(withUrl('https://villesdefrance.fr/une-page'))).toEqual([]);
    expect(problemsOf(withUrl('http://villesdefrance.fr/une-page'))).toEqual(['context[0].sources[0].url: doit être une adresse https://… complète']);
    expect(problemsOf(withUrl('javascript:alert(1)'))).toEqual(['context[0].sources[0].url: doit être une adresse https://… complète']);
    expect(problemsOf(withUrl(`https://a.fr/${'x'.repeat(500)}`))).toEqual(['context[0].sources[0].url: trop long : au plus 500 caractères pour une adresse']);
  });

  it('accepts the first and last days of the range, and a 29th of February', () => {
    expect(problemsOf(broken((d) => (d.source.printedDate = '2009-01-01')))).toEqual([]);
    expect(problemsOf(broken((d) => (d.source.printedDate = '2030-12-31')))).toEqual([]);
    expect(problemsOf(broken((d) => (d.source.printedDate = '2012-02-29')))).toEqual([]);
  });

  it('lets a description run over several lines, as a spreadsheet cell may', () => {
    expect(problemsOf(broken((d) => (d.clusters[2].description = 'Un « mini cluster ».\nÀ Marcq-en-Barœul.')))).toEqual([]);
  });

  it('gives the position of a forbidden character in the file, spaces around the text included', () => {
    expect(problemsOf(broken((d) => (d.clusters[0].name = '  \u0007Action')))).toEqual(['clusters[0].name: caractère de contrôle U+0007 interdit (position 3)']);
  });

  it('finds a figure written with a plain, no-break or narrow no-break space between thousands', () => {
    for (const space of [' ', '\u00a0', '\u202f']) {
      expect(problemsOf(broken((d) => (d.clusters[0].employment.quote = `(une filière regroupant 200 entreprises et 11${space}500 salariés en région)`)))).toEqual([]);
    }
  });

  it('keeps an approximate figure in words, and a quote of one word besides its figure', () => {
    expect(problemsOf(broken((d) => (d.clusters[2].members.quote = "d'une quinzaine d'entreprises")))).toEqual([]);
    expect(problemsOf(broken((d) => (d.clusters[2].employment.quote = '(700 salariés)')))).toEqual([]);
  });

  it('says a wrong date once, not once per rule it breaks', () => {
    expect(problemsOf(broken((d) => (d.source.printedDate = '0000-01-01')))).toEqual([
      'source.printedDate: « 0000-01-01 » hors limites : une date du 1er janvier 2009 au 31 décembre 2030',
    ]);
    expect(problemsOf(broken((d) => (d.source.printedDate = '2011-1-1')))).toEqual(['source.printedDate: doit être une date AAAA-MM-JJ']);
  });

  it('reports every problem, not only the first', () => {
    const text = broken((d) => {
      d.clusters[0].members.value = -1;
      d.clusters[4].town = 12;
    });
    const problems = problemsOf(text);
    expect(problems).toContainEqual(expect.stringMatching(/^clusters\[0\]\.members\.value: /));
    expect(problems).toContainEqual(expect.stringMatching(/^clusters\[4\]\.town: /));
  });
});

describe('formatting problems', () => {
  it('writes JSON paths the way a reader looks them up', () => {
    expect(formatJsonPath(['clusters', 2, 'members', 'value'])).toBe('clusters[2].members.value');
    expect(formatJsonPath([])).toBe('$');
  });

  it('prefixes each problem with the file', () => {
    expect(formatProblems('data/x.json', [{ path: 'sectors[0].id', reason: 'ne doit pas être vide' }])).toBe(
      'data/x.json: sectors[0].id: ne doit pas être vide',
    );
  });
});

describe('npm run data:validate', () => {
  const run = (file: string) => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/validate-data.ts', file], { encoding: 'utf8', stdio: 'pipe' });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('passes the built-in dataset', () => {
    const result = run('data/clusters.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('jeu de données valide (9 grappes, 7 secteurs)');
  });

  it('prints `file: json.path: reason` for a broken file and exits 1', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'grappes-')), 'casse.json');
    writeFileSync(file, broken((d) => (d.clusters[5].members.value = -11)));
    const result = run(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: clusters[5].members.value: ne doit pas être négatif`);
  });
});
