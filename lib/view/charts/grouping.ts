// A chart's 15-bar cap: the bars it draws, and the "Autres" block that counts the rest scope by scope.
import type { ChartBar, ChartOptions, OthersSummary } from './spec';
import { SCOPES, scopeLabel } from '../../data/scopes';
import { formatCount, formatNumber, formatOrdinal } from '../../format/french';

/**
 * The most bars a chart draws: beyond it the bars are too thin to read and the page too heavy
 * (a national list has a thousand clusters). The real dataset stays below it, every bar drawn.
 */
export const CHART_MAX_BARS = 15;

export function maxBarsOf(options: ChartOptions): number {
  return options.maxBars ?? CHART_MAX_BARS;
}

/**
 * The first `maxBars` of the sorted bars, and the rest. The bar of the cluster a page picks out is
 * always drawn: when it is not among the first, it comes after them, with its rank in its scope.
 */
export function topBars(sorted: ChartBar[], options: ChartOptions): { bars: ChartBar[]; rest: ChartBar[] } {
  const max = maxBarsOf(options);
  if (sorted.length <= max) return { bars: sorted, rest: [] };
  const bars = sorted.slice(0, max);
  const rest = sorted.slice(max);
  const picked = rest.findIndex((b) => b.highlighted);
  if (picked >= 0) {
    const [bar] = rest.splice(picked, 1);
    const sameScope = sorted.filter((b) => b.scope === bar.scope);
    const rank = sameScope.indexOf(bar) + 1;
    bars.push({ ...bar, rank: `${formatOrdinal(rank)} sur ${formatNumber(sameScope.length)} de ce périmètre` });
  }
  return { bars, rest };
}

/**
 * "Autres : 985 grappes", then the bars not drawn counted scope by scope with their range (a sum
 * would add up figures that do not count the same thing), then the clusters without a figure.
 */
export function othersSummary(rest: ChartBar[], withoutFigure: number, unit: string): OthersSummary {
  const total = rest.length + withoutFigure;
  const lines: string[] = [];
  const scopes = SCOPES.filter((scope) => rest.some((b) => b.scope === scope));
  const parts = scopes.map((scope) => {
    const bars = rest.filter((b) => b.scope === scope);
    const values = bars.map((b) => b.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const range = low === high ? `${formatNumber(low)}` : `de ${formatNumber(low)} à ${formatNumber(high)}`;
    const approximate = bars.filter((b) => b.approximate).length;
    const ofWhich = approximate > 0 ? `, dont ${formatCount(approximate, 'approximatif', 'approximatifs')}` : '';
    return `${formatCount(bars.length, 'grappe', 'grappes')} avec un chiffre « ${scopeLabel(scope)} » (${range}${ofWhich})`;
  });
  if (parts.length > 0) {
    lines.push(`Non dessinées : ${parts.join(' ; ')}.${parts.length > 1 ? ' Ces chiffres ne couvrent pas le même périmètre : ils ne s\'additionnent pas.' : ''}`);
  }
  if (withoutFigure > 0) {
    lines.push(`${formatCount(withoutFigure, 'grappe', 'grappes')} sans chiffre ${unit} dans l'article.`);
  }
  return { title: `Autres : ${formatCount(total, 'grappe', 'grappes')}`, lines };
}

/** What the chart grouped, for its notes. */
export function groupingNote(bars: ChartBar[], rest: ChartBar[], options: ChartOptions): string {
  const all = ' Le tableau des grappes, sur le site, les donne toutes.';
  if (rest.length === 0) return `Les grappes sans chiffre sont trop nombreuses pour être nommées ici : elles sont comptées sous le graphique.${all}`;
  const max = maxBarsOf(options);
  const extra = bars.find((b) => b.rank);
  const picked = extra ? ` La barre de ${extra.sublabel ?? extra.label}, hors de ces ${max}, est ajoutée en dessous, avec son rang.` : '';
  return `Seules les ${max} premières barres sont dessinées, groupées par périmètre, les plus grands chiffres d'abord ; les autres grappes sont comptées sous le graphique, périmètre par périmètre, sans additionner des chiffres qui ne comptent pas la même chose.${picked}${all}`;
}
