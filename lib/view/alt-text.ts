// A chart's text alternative: what it compares, the largest and smallest of each scope, what is
// missing, the scope caveat and the filter, short enough to be read out, for the menu, the .txt
// export and the files that can carry a description (SVG, PDF, PNG).
import type { Scope } from '../data/schema';
import { SCOPE_INFO } from '../data/scopes';
import { formatCount, formatNumber } from '../format/french';
import { joinFrenchAtMost } from '../format/lists';
import type { ChartBar, ChartId, ChartPanel, ChartSpec } from './charts/spec';
import { NAMES_IN_A_LINE } from './charts/words';

/** How a scope's figures are said in the sentence that warns they do not compare ("tantôt …, tantôt …"). */
const SCOPE_PHRASE: Record<Scope, string> = {
  members: 'les seules entreprises de la grappe',
  'regional-sector': 'toute la filière en région',
  'metro-area': 'la seule métropole lilloise (un minimum)',
  pole: "un pôle qui n'est pas la grappe",
};

/** What the bars stand for, as the first words after "Diagramme en barres horizontales :". */
const SUBJECT: Record<ChartId, { what: string; counted: string }> = {
  membres: { what: 'nombre de membres', counted: 'Les membres' },
  emplois: { what: 'emplois', counted: 'Les emplois' },
};

/** "80 membres actifs", "environ 15 entreprises": the value in words a screen reader reads well, with what it counts. */
function figureOf(bar: ChartBar): string {
  // A bar's detail starts with what the article counts, then its scope (lib/view/charts/bars.ts).
  const counts = bar.detail.split(' · ')[0];
  return `${bar.approximate ? 'environ ' : ''}${formatNumber(bar.value)} ${counts}`;
}

const named = (bar: ChartBar) => `${bar.label} (${figureOf(bar)})`;

/** "nombre de membres de 6 grappes", "emplois de 5 secteurs". */
function subjectOf(spec: ChartSpec): string {
  const { what } = SUBJECT[spec.id];
  if (spec.id === 'emplois') {
    const sectors = new Set(spec.bars.map((b) => b.label)).size;
    const clusters = formatCount(spec.bars.length, 'grappe', 'grappes');
    return sectors === spec.bars.length ? `${what} de ${formatCount(sectors, 'secteur', 'secteurs')}` : `${what} de ${clusters} dans ${formatCount(sectors, 'secteur', 'secteurs')}`;
  }
  return `${what} de ${formatCount(spec.bars.length, 'grappe', 'grappes')}`;
}

/** "Membres de la grappe : la plus grande, … ; la plus petite, …." One panel, one scope: never across scopes. */
function panelSentence(spec: ChartSpec, panel: ChartPanel): string {
  const byValue = spec.bars.slice(panel.first, panel.first + panel.count).sort((a, b) => b.value - a.value);
  if (byValue.length === 1) return `${panel.heading} : ${named(byValue[0])}.`;
  return `${panel.heading} : la plus grande, ${named(byValue[0])} ; la plus petite, ${named(byValue[byValue.length - 1])}.`;
}

/** The figures given only approximately that the extremes do not already name. */
function approximations(spec: ChartSpec, already: Set<ChartBar>): string | null {
  const others = spec.bars.filter((b) => b.approximate && !already.has(b));
  return others.length > 0 ? `Approximatif : ${joinFrenchAtMost(others.map(named), NAMES_IN_A_LINE, ['autre', 'autres'])}.` : null;
}

function extremes(spec: ChartSpec): Set<ChartBar> {
  const set = new Set<ChartBar>();
  for (const panel of spec.panels) {
    const byValue = spec.bars.slice(panel.first, panel.first + panel.count).sort((a, b) => b.value - a.value);
    set.add(byValue[0]);
    set.add(byValue[byValue.length - 1]);
  }
  return set;
}

/** The scope caveat: several scopes never compare; one scope that is not the cluster's own says what it covers. */
function scopeCaveat(spec: ChartSpec): string | null {
  if (spec.panels.length > 1) {
    const phrases = spec.panels.map((p) => SCOPE_PHRASE[p.scope]);
    return `${SUBJECT[spec.id].counted} comptent tantôt ${phrases.join(', tantôt ')}.`;
  }
  const [panel] = spec.panels;
  return panel && panel.scope !== 'members' ? SCOPE_INFO[panel.scope].description : null;
}

/** The bar of the cluster a cluster page picks out, with its rank when drawn past the top ones (a missing one is marked in its list). */
function highlightSentence(spec: ChartSpec): string | null {
  const bar = spec.bars.find((b) => b.highlighted);
  return bar ? `Mise en évidence : ${bar.sublabel ?? bar.label}${bar.rank ? `, ${bar.rank}` : ''}.` : null;
}

/**
 * « Diagramme en barres horizontales : nombre de membres de 6 grappes, en 2 panneaux à ne pas
 * comparer entre eux. Membres de la grappe : la plus grande, … (80 membres actifs) ; la plus petite, …
 * Non communiqué (sans barre ni zéro) : … Les membres comptent tantôt …, tantôt … ». Extremes are
 * found panel by panel; every figure comes from the spec's bars, none is added up or invented.
 */
export function chartAltText(spec: ChartSpec): string {
  // Said only when the view is filtered: "secteurs : plasturgie".
  const filter = spec.selection ? `, ${spec.selection.charAt(0).toLowerCase()}${spec.selection.slice(1)}` : '';
  const parts: string[] = [];
  if (spec.bars.length === 0) {
    parts.push(`Diagramme en barres horizontales : ${SUBJECT[spec.id].what}${filter}. Aucune barre : l'article ne donne aucun chiffre pour cette sélection.`);
  } else {
    const panels = spec.panels.length > 1 ? `, en ${spec.panels.length} panneaux à ne pas comparer entre eux` : '';
    parts.push(`Diagramme en barres horizontales : ${subjectOf(spec)}${filter}${panels}.`);
    parts.push(...spec.panels.map((panel) => panelSentence(spec, panel)));
    const approximate = approximations(spec, extremes(spec));
    if (approximate) parts.push(approximate);
  }
  const highlight = highlightSentence(spec);
  if (highlight) parts.push(highlight);
  if (spec.others) parts.push(`${spec.others.title}, comptées sous le graphique sans barre.`);
  if (spec.missing.length > 0) {
    const names = spec.missing.map((m) => (m.highlighted ? `${m.label} (mise en évidence)` : m.label));
    parts.push(`Non communiqué (sans barre ni zéro) : ${joinFrenchAtMost(names, NAMES_IN_A_LINE, ['autre', 'autres'])}.`);
  }
  const caveat = scopeCaveat(spec);
  if (caveat) parts.push(caveat);
  return parts.join(' ');
}
