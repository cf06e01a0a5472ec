// Shared by the specs: the dataset read from disk, and the way a French reader expects numbers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator } from '@playwright/test';
import type { Cluster, Dataset, Figure, OtherFigure, Scope, Sector } from '../lib/data/schema';

// The specs read the dataset's own types; their expectations come from the JSON, not from lib/.
export type { Scope };
export type DataFigure = Figure;
export type DataOtherFigure = OtherFigure;
export type DataCluster = Cluster;
export type DataSector = Sector;

export const dataset: Dataset = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'data', 'clusters.json'), 'utf8'),
);

export const NBSP = '\u00a0';

/** 11500 → "11 500", grouped by three with a no-break space, as a French page prints it. */
export function frNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "≈ 15" for an approximate figure, "60" otherwise. */
export function frFigure(figure: { value: number; approximate: boolean }): string {
  return figure.approximate ? `≈ ${frNumber(figure.value)}` : frNumber(figure.value);
}

/**
 * A regex matching `text` literally. Playwright compares strings after collapsing every white space
 * (U+00A0 included) to a plain space, but matches a regex against the raw text: use this to check
 * that a number really carries its no-break space.
 */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** A regex for an accessible name that starts with `text`, any white space matching any white space. */
export function nameStartingWith(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '\\s+');
  return new RegExp(`^${escaped}`);
}

/** What each scope is called beside a bar, in the table and on the figure cards. */
export const SCOPE_LABEL: Record<Scope, string> = {
  members: 'membres de la grappe',
  'regional-sector': 'toute la filière en région',
  'metro-area': 'métropole lilloise seulement',
  pole: 'pôle régional, pas la grappe',
};

/** A chart panel's heading: the scope its bars cover, as the legend spells it ("Toute la filière en région"). */
export function scopeHeading(scope: Scope): string {
  return SCOPE_LABEL[scope].charAt(0).toUpperCase() + SCOPE_LABEL[scope].slice(1);
}

/** The figure a chart draws for a cluster's members: its own, or the one standing in for it. */
export function membersBarFigure(cluster: DataCluster): DataFigure | null {
  return cluster.members ?? cluster.otherFigures.find((f) => f.standsInFor === 'members') ?? null;
}

export function employmentBarFigure(cluster: DataCluster): DataFigure | null {
  return cluster.employment ?? cluster.otherFigures.find((f) => f.standsInFor === 'employment') ?? null;
}

export function sectorOf(cluster: DataCluster): DataSector | null {
  return dataset.sectors.find((s) => s.id === cluster.sectorId) ?? null;
}

/** Console messages that are not about the page: React DevTools advert, dev server HMR chatter. */
export function isDevNoise(text: string): boolean {
  return /Download the React DevTools|\[Fast Refresh\]|\[HMR\]/.test(text);
}

/**
 * Waits until React has hydrated `element` (it then carries React's internal keys): before that,
 * a click on a client component's button is lost. A chart's SVG is server markup that React keeps
 * without owning its nodes: for an element inside it, the chart's host element is what hydrates.
 */
export async function waitForHydration(element: Locator) {
  await expect
    .poll(
      () =>
        element.evaluate((node) => {
          const owner = node.closest('[data-chart-svg]') ?? node;
          return Object.keys(owner).some((key) => key.startsWith('__reactFiber$'));
        }),
      { message: 'the page should hydrate', timeout: 30_000 },
    )
    .toBe(true);
}
