import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { clusterChanges } from './changes';
import { spreadsheetHeader } from './columns';
import { detectSeparator } from './header';
import { formatSheetProblems } from './problems';
import { spreadsheetToDataset } from './read';
import { datasetToSpreadsheet } from './write';
import { toCsv } from '../format/csv';
import { readDatasetFile } from '../data/load';
import type { Dataset } from '../data/schema';
import { syntheticDataset } from '../synthetic/generator';

const FILE_TEXT = readFileSync('data/clusters.json', 'utf8');
const real = readDatasetFile('data/clusters.json');
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The real dataset's sheet as rows of cells: the header, then one row per cluster (row 2 is the first). */
function realSheet(): string[][] {
  return parse(datasetToSpreadsheet(real), { bom: true, delimiter: ';' });
}

/** The sheet with one change, written back the way a spreadsheet saves it (";", BOM). */
function sheetWith(change: (sheet: Sheet) => void): string {
  const sheet = new Sheet(realSheet());
  change(sheet);
  return toCsv(sheet.rows[0], sheet.rows.slice(1));
}

class Sheet {
  constructor(readonly rows: string[][]) {}
  /** Row numbers as the spreadsheet shows them: the header is row 1. */
  get(row: number, column: string): string {
    return this.rows[row - 1][this.rows[0].indexOf(column)];
  }
  set(row: number, column: string, text: string) {
    const i = this.rows[0].indexOf(column);
    if (i < 0) throw new Error(`no column ${column}`);
    this.rows[row - 1][i] = text;
  }
  dropColumn(column: string) {
    const i = this.rows[0].indexOf(column);
    for (const row of this.rows) row.splice(i, 1);
  }
}

/** The messages an import prints for a sheet named grappes.csv, or [] when it imports. */
function importMessages(text: string, base: Dataset = real): string[] {
  const result = spreadsheetToDataset(text, base);
  return result.ok ? [] : formatSheetProblems('grappes.csv', result.problems).split('\n');
}

function imported(text: string): Dataset {
  const result = spreadsheetToDataset(text, real);
  if (!result.ok) throw new Error(formatSheetProblems('grappes.csv', result.problems));
  return result.dataset;
}

describe('export then import', () => {
  it('gives back the real dataset, deep-equal', () => {
    expect(imported(datasetToSpreadsheet(real))).toEqual(real);
  });

  it('keeps the dataset’s corrections, which the sheet has no column for', () => {
    const corrected = { ...real, corrections: [{ date: '2026-12-02', text: 'Chiffre rectifié.', chart: 'membres' as const, cluster: 'nord-package' }] };
    expect(spreadsheetToDataset(datasetToSpreadsheet(corrected), corrected)).toEqual({ ok: true, dataset: corrected });
  });

  it('rewrites the dataset file byte for byte when nothing changed in the sheet', () => {
    expect(`${JSON.stringify(imported(datasetToSpreadsheet(real)), null, 2)}\n`).toBe(FILE_TEXT);
  });

  it('keeps a text that a spreadsheet would take for a formula', () => {
    const tricky = structuredClone(real);
    tricky.clusters[0].description = '= une formule ?';
    tricky.clusters[1].description = "'-1 : un texte qui commence déjà par une apostrophe";
    tricky.clusters[2].acronym = '+33';
    const sheet = datasetToSpreadsheet(tricky);
    expect(sheet).toContain(";'= une formule ?;");
    expect(spreadsheetToDataset(sheet, real)).toEqual({ ok: true, dataset: tricky });
  });
});

describe('the exported sheet', () => {
  it('has one row per cluster, with French column names and as many numbered groups as the data needs', () => {
    const sheet = realSheet();
    expect(sheet).toHaveLength(1 + 9);
    expect(sheet[0].slice(0, 16)).toEqual([
      'slug', 'nom', 'sigle', 'ville', 'zone', 'secteur', 'vague', 'description', 'citation_mention',
      'membres', 'membres_compte', 'membres_perimetre', 'membres_approximatif', 'membres_ecrit', 'membres_citation', 'membres_reserve',
    ]);
    // Euralogistic has three other figures, Nord Package's spokesman two quotes.
    expect(sheet[0]).toEqual(spreadsheetHeader({ otherFigures: 3, people: 1, quotesPerPerson: 2 }));
    expect(sheet[0].slice(-4)).toEqual(['personne1_nom', 'personne1_fonction', 'personne1_citation1', 'personne1_citation2']);
  });

  it('writes each figure with its words, its scope code and oui/non, and leaves a missing figure empty', () => {
    const sheet = new Sheet(realSheet());
    expect(sheet.get(2, 'nom')).toBe('Action Plasturgie Artois Flandres');
    expect(sheet.get(2, 'emplois')).toBe('11500');
    expect(sheet.get(2, 'emplois_ecrit')).toBe('11 500');
    expect(sheet.get(2, 'emplois_perimetre')).toBe('filiere-regionale');
    expect(sheet.get(4, 'membres_approximatif')).toBe('oui');
    expect(sheet.get(4, 'membres_ecrit')).toBe('une quinzaine');
    expect(sheet.get(8, 'emplois_perimetre')).toBe('metropole');
    expect(sheet.get(5, 'membres')).toBe('');
    expect(sheet.get(5, 'autre1_perimetre')).toBe('pole');
    expect(sheet.get(5, 'autre1_remplace')).toBe('membres');
    expect(sheet.get(9, 'secteur')).toBe('');
    expect(sheet.get(9, 'vague')).toBe('1');
    expect(sheet.get(7, 'personne1_fonction')).toBe('');
    expect(sheet.get(7, 'personne1_citation2')).toBe('Notre objectif est de regrouper 40 entreprises d\'ici un an ou deux');
  });
});

describe('importing what a French spreadsheet saves', () => {
  it('detects the separator from the header line', () => {
    expect(detectSeparator('slug;nom;sigle\r\n')).toBe(';');
    expect(detectSeparator('\uFEFFslug,nom,sigle\n"a;b",c,d')).toBe(',');
    expect(detectSeparator('slug;nom\n"a, b, c";d')).toBe(';');
  });

  it('reads a sheet separated by commas, every cell quoted, as the same dataset', () => {
    const commaSheet = realSheet()
      .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
      .join('\n');
    expect(commaSheet.split('\n')[0].startsWith('"slug","nom"')).toBe(true);
    expect(imported(commaSheet)).toEqual(real);
  });

  it('reads UTF-8 with and without a BOM alike', () => {
    const withBom = datasetToSpreadsheet(real);
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(imported(withBom.slice(1))).toEqual(real);
    expect(imported(withBom.slice(1)).clusters[2].town).toBe('Marcq-en-Barœul');
  });

  it.each([
    ['a plain space', '11 500'],
    ['a no-break space (U+00A0)', `11${NBSP}500`],
    ['a narrow no-break space (U+202F)', `11${NNBSP}500`],
    ['no space', '11500'],
  ])('reads "11 500" written with %s as 11500', (_name, written) => {
    const dataset = imported(sheetWith((s) => s.set(2, 'emplois', written)));
    expect(dataset.clusters[0].employment?.value).toBe(11500);
  });

  it.each(['non', 'Non', 'false', 'FAUX'])('reads « %s » as false', (written) => {
    expect(imported(sheetWith((s) => s.set(2, 'membres_approximatif', written))).clusters[0].members?.approximate).toBe(false);
  });

  it.each(['oui', 'OUI', 'true', 'VRAI'])('reads « %s » as true', (written) => {
    expect(imported(sheetWith((s) => s.set(4, 'membres_approximatif', written))).clusters[2].members?.approximate).toBe(true);
  });

  it('reads a scope typed as its code, its French label or without accents', () => {
    for (const written of ['filiere-regionale', 'Filière régionale', 'toute la filière en région', 'regional-sector']) {
      expect(imported(sheetWith((s) => s.set(2, 'emplois_perimetre', written))).clusters[0].employment?.scope).toBe('regional-sector');
    }
    expect(imported(sheetWith((s) => s.set(8, 'emplois_perimetre', 'Métropole'))).clusters[6].employment?.scope).toBe('metro-area');
    expect(imported(sheetWith((s) => s.set(5, 'autre2_perimetre', 'Pôle'))).clusters[3].otherFigures[1].scope).toBe('pole');
  });

  it('reads a sector typed as its id or its label', () => {
    expect(imported(sheetWith((s) => s.set(7, 'secteur', 'Emballage, papier et carton'))).clusters[5].sectorId).toBe('emballage');
    expect(imported(sheetWith((s) => s.set(7, 'secteur', 'EMBALLAGE'))).clusters[5].sectorId).toBe('emballage');
  });

  it('reads an empty figure as missing (null), never 0', () => {
    const dataset = imported(
      sheetWith((s) => {
        for (const column of s.rows[0].filter((c) => c.startsWith('emplois'))) s.set(3, column, '');
      }),
    );
    expect(dataset.clusters[1].employment).toBeNull();
    expect(dataset.clusters[1].members?.value).toBe(80);
  });

  it('reads empty optional cells as null: sigle, ville, secteur, fonction', () => {
    const dataset = imported(
      sheetWith((s) => {
        s.set(3, 'sigle', '');
        s.set(3, 'ville', '  ');
        s.set(9, 'secteur', '');
      }),
    );
    expect(dataset.clusters[1]).toMatchObject({ acronym: null, town: null });
    expect(dataset.clusters[7].sectorId).toBeNull();
    expect(dataset.clusters[5].people[0].role).toBeNull();
  });

  it('adds a new cluster from a new row, with the other parts kept from the base dataset', () => {
    const text = sheetWith((s) => {
      const row = [...s.rows[9]]; // row 10, the Club développeurs
      row[0] = 'club-developpeurs-bis';
      s.rows.push(row);
    });
    const dataset = imported(text);
    expect(dataset.clusters.map((c) => c.slug).slice(-2)).toEqual(['club-developpeurs', 'club-developpeurs-bis']);
    expect(dataset.sectors).toBe(real.sectors);
    expect(dataset.programme).toBe(real.programme);
    expect(clusterChanges(real, dataset)).toEqual({ added: ['club-developpeurs-bis'], removed: [] });
  });

  it('counts empty rows and line breaks inside quoted cells as the spreadsheet does', () => {
    const sheet = new Sheet(realSheet());
    sheet.set(2, 'description', 'Une description\nsur deux lignes.');
    sheet.rows.splice(3, 0, sheet.rows[0].map(() => '')); // an empty row 4
    sheet.set(5, 'membres', '6O'); // the Club des imprimeurs artisans, pushed down to row 5
    const text = toCsv(sheet.rows[0], sheet.rows.slice(1));
    expect(importMessages(text)).toEqual(["grappes.csv: ligne 5, colonne membres: « 6O » n'est pas un nombre"]);
  });
});

describe('import problems, each with its row and column', () => {
  it('a bad number', () => {
    expect(importMessages(sheetWith((s) => s.set(4, 'membres', '6O')))).toEqual([
      "grappes.csv: ligne 4, colonne membres: « 6O » n'est pas un nombre",
    ]);
  });

  it('an unknown sector', () => {
    expect(importMessages(sheetWith((s) => s.set(3, 'secteur', 'aeronautique')))).toEqual([
      "grappes.csv: ligne 3, colonne secteur: « aeronautique » n'est pas un secteur connu (plasturgie, ferroviaire, imprimerie, logistique, economie-sociale, emballage, numerique)",
    ]);
  });

  it('a duplicate slug, naming the row that has it first', () => {
    expect(importMessages(sheetWith((s) => s.set(6, 'slug', 'action-plasturgie-artois-flandres')))).toEqual([
      'grappes.csv: ligne 6, colonne slug: « action-plasturgie-artois-flandres » est déjà utilisé par la ligne 2',
    ]);
  });

  it('a missing required column', () => {
    expect(importMessages(sheetWith((s) => s.dropColumn('membres_citation')))).toEqual([
      "grappes.csv: ligne 1, colonne membres_citation: colonne absente de l'en-tête",
    ]);
  });

  it('a malformed row: a cell too many', () => {
    const text = sheetWith((s) => s.rows[4].push('en trop'));
    const width = realSheet()[0].length;
    expect(importMessages(text)).toEqual([
      `grappes.csv: ligne 5: ${width + 1} cellules au lieu de ${width} comme l'en-tête (un « ; » ou un guillemet en trop ou en moins ?)`,
    ]);
  });

  it('an unknown column and a column twice', () => {
    const text = sheetWith((s) => {
      s.rows[0][1] = 'Nom ';
      s.rows[0][2] = 'nom';
      s.rows[0].push('notes');
      for (const row of s.rows.slice(1)) row.push('');
    });
    expect(importMessages(text)).toEqual([
      'grappes.csv: ligne 1, colonne nom: colonne en double',
      'grappes.csv: ligne 1, colonne notes: colonne inconnue (les colonnes sont décrites dans data/README.md)',
      "grappes.csv: ligne 1, colonne sigle: colonne absente de l'en-tête",
    ]);
  });

  it.each<[string, (s: Sheet) => void, string]>([
    ['a wave that is not 1 or 2', (s) => s.set(3, 'vague', '3'), 'ligne 3, colonne vague: « 3 » : écrivez 1 (première vague, 2010) ou 2 (janvier 2011)'],
    ['an unknown scope', (s) => s.set(2, 'emplois_perimetre', 'région'), "ligne 2, colonne emplois_perimetre: « région » n'est pas un périmètre : membres, filiere-regionale, metropole, pole"],
    ['a boolean that is neither', (s) => s.set(2, 'membres_approximatif', 'peut-être'), "ligne 2, colonne membres_approximatif: « peut-être » n'est ni oui ni non"],
    ['a figure half filled', (s) => s.set(6, 'membres', ''), "ligne 6, colonne membres: vide, alors que d'autres colonnes de ce chiffre sont remplies (un chiffre non communiqué se note en les laissant toutes vides)"],
    ['a value the written figure contradicts', (s) => s.set(2, 'membres', '61'), 'ligne 2, colonne membres: vaut 61 mais le texte écrit « 60 » (60)'],
    ['a negative value', (s) => s.set(3, 'membres', '-80'), 'ligne 3, colonne membres: ne doit pas être négatif'],
    ['a quote without its figure', (s) => s.set(7, 'membres_citation', 'Nord Package regroupe des entreprises'), 'ligne 7, colonne membres_citation: la citation ne contient pas le chiffre « 11 »'],
    ['an approximation not flagged', (s) => s.set(4, 'membres_approximatif', 'non'), 'ligne 4, colonne membres_approximatif: « une quinzaine » est approximatif : approximate doit valoir true'],
    ['an empty name', (s) => s.set(9, 'nom', ''), 'ligne 9, colonne nom: ne doit pas être vide'],
    ['a bad slug', (s) => s.set(10, 'slug', 'Club Développeurs'), 'ligne 10, colonne slug: doit être en minuscules, chiffres et tirets (ex. « nord-package »)'],
    ['an other figure that contradicts its words', (s) => s.set(5, 'autre2_valeur', '11'), 'ligne 5, colonne autre2_valeur: vaut 11 mais le texte écrit « 10 » (10)'],
    ['a bad stand-in', (s) => s.set(5, 'autre1_remplace', 'salariés'), 'ligne 5, colonne autre1_remplace: « salariés » : écrivez membres, emplois, ou laissez vide'],
    ['a person without a name', (s) => s.set(7, 'personne1_nom', ''), 'ligne 7, colonne personne1_nom: ne doit pas être vide'],
    ['a person without a quote', (s) => { s.set(7, 'personne1_citation1', ''); s.set(7, 'personne1_citation2', ''); }, 'ligne 7, colonne personne1_citation1: au moins une citation'],
  ])('%s', (_name, change, expected) => {
    expect(importMessages(sheetWith(change))).toEqual([`grappes.csv: ${expected}`]);
  });

  it('reports every problem at once, in row order', () => {
    const text = sheetWith((s) => {
      s.set(8, 'secteur', 'aeronautique');
      s.set(4, 'membres', '6O');
      s.set(6, 'slug', 'action-plasturgie-artois-flandres');
    });
    expect(importMessages(text)).toEqual([
      "grappes.csv: ligne 4, colonne membres: « 6O » n'est pas un nombre",
      'grappes.csv: ligne 6, colonne slug: « action-plasturgie-artois-flandres » est déjà utilisé par la ligne 2',
      expect.stringMatching(/^grappes\.csv: ligne 8, colonne secteur: « aeronautique » n'est pas un secteur connu \(/),
    ]);
  });

  it('a quote never closed', () => {
    const text = 'slug;nom\r\nnord-package;"Nord Package\r\nclubtex;Clubtex\r\n';
    expect(importMessages(text)).toEqual([
      "grappes.csv: ligne 2: guillemet jamais refermé : la cellule qui commence sur cette ligne court jusqu'à la fin du fichier",
    ]);
  });

  it('a sheet with no cluster, or no text at all', () => {
    expect(importMessages(toCsv(realSheet()[0], []))).toEqual(["grappes.csv: aucune grappe : aucune ligne remplie sous l'en-tête"]);
    expect(importMessages('')).toEqual(['grappes.csv: le fichier est vide']);
  });
});

describe('clusterChanges', () => {
  it('names the clusters an import would add and remove', () => {
    const after = structuredClone(real);
    after.clusters = after.clusters.filter((c) => c.wave === 2);
    after.clusters[0] = { ...after.clusters[0], slug: 'apaf' };
    expect(clusterChanges(real, after)).toEqual({
      added: ['apaf'],
      removed: ['action-plasturgie-artois-flandres', 'clubtex', 'club-developpeurs'],
    });
  });
});

describe('the template, data/modele-grappes.csv', () => {
  const template = readFileSync('data/modele-grappes.csv', 'utf8');

  it('has every column, one group of each kind, and one example row', () => {
    const rows: string[][] = parse(template, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(spreadsheetHeader({ otherFigures: 1, people: 1, quotesPerPerson: 2 }));
    expect(rows).toHaveLength(2);
  });

  it('is refused as it is, so that its example is never published', () => {
    expect(importMessages(template)).toEqual([
      "grappes.csv: ligne 2, colonne slug: ligne d'exemple du modèle : supprimez-la avant l'import",
    ]);
  });

  it('imports once its example row is given a real slug: the example is filled in correctly', () => {
    const dataset = imported(template.replace('exemple-a-supprimer;', 'grappe-des-exemples;'));
    expect(dataset.clusters).toHaveLength(1);
    expect(dataset.clusters[0]).toMatchObject({
      name: 'EXEMPLE, ligne à supprimer : Grappe des exemples',
      sectorId: 'numerique',
      members: { value: 20, approximate: true, asWritten: 'une vingtaine', scope: 'members' },
      employment: { value: 1200, asWritten: '1 200', scope: 'regional-sector' },
      people: [{ name: 'Prénom Nom', quotes: ["Nous voulons réunir 40 entreprises d'ici deux ans"] }],
    });
  });
});

describe('export then import of a synthetic dataset', () => {
  it('gives back all of its 126 clusters, deep-equal: people, other figures, approximations', () => {
    const dataset = syntheticDataset(126, 3);
    expect(spreadsheetToDataset(datasetToSpreadsheet(dataset), dataset)).toEqual({ ok: true, dataset });
  });
});
