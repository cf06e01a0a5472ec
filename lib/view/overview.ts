// What the overview shows for one sector filter and one page of the table: counts, headlines, both
// charts and the table's rows. The page renders it on the server, and the API sends the same object to the client.
import type { Dataset } from '../data/schema';
import { employmentChartSpec } from './charts/employment';
import { membersChartSpec } from './charts/members';
import type { ChartOptions, ChartSpec } from './charts/spec';
import { formatCount, formatNumber } from '../format/french';
import { headlines, type Headline } from './headlines';
import { filterNotice, type SectorFilter } from '../url/sector-filter';
import { clusterRows, tablePage, type ClusterRow, type TablePage } from './table';
import { DEFAULT_VIEW, viewQuery, type View } from '../url/view-query';
import { waveBreakdown } from './wave';

export type OverviewView = {
  /** Selected sector ids, in the dataset's order; empty for every sector. */
  sectors: string[];
  /** "?secteur=plasturgie,emballage&tri=membres&page=2", or "" for every sector, sorted by name, page 1. */
  query: string;
  notice: string | null;
  /** "2 grappes sur 9". */
  countText: string;
  /** How that count splits between the waves: "1 de la deuxième vague, 1 de la première". */
  waveText: string;
  shownCount: number;
  totalCount: number;
  headlines: Headline[];
  members: ChartSpec;
  employment: ChartSpec;
  /** The rows of the table's page, sorted: never every row of a large dataset. */
  rows: ClusterRow[];
  table: TablePage;
};

/**
 * A view as the overview fetches it after a filter, sort or page change (GET /api/apercu): with each
 * chart's SVG, drawn on the server, so that the browser needs no chart engine. Null: no bar to draw.
 */
export type OverviewWithCharts = OverviewView & { svg: { members: string | null; employment: string | null } };

/** "2 grappes sur 9", "1 000 grappes sur 1 000": what the filter shows, out of every cluster. */
export function countText(shown: number, total: number): string {
  return `${formatCount(shown, 'grappe', 'grappes')} sur ${formatNumber(total)}`;
}

/** The dataset narrowed to some sectors; clusters without a sector only appear unfiltered. */
export function filterDataset(dataset: Dataset, sectors: readonly string[]): Dataset {
  if (sectors.length === 0) return dataset;
  return {
    ...dataset,
    sectors: dataset.sectors.filter((s) => sectors.includes(s.id)),
    clusters: dataset.clusters.filter((c) => c.sectorId !== null && sectors.includes(c.sectorId)),
  };
}

/**
 * The dataset narrowed to some sectors, and the chart options that go with it: the filter said in
 * the subtitle, and the whole dataset's colours, so that a sector keeps its colour whatever the filter.
 */
export function filteredCharts(dataset: Dataset, sectors: readonly string[]): { shown: Dataset; options: ChartOptions } {
  const shown = filterDataset(dataset, sectors);
  const selectionLabel =
    sectors.length > 0 ? `Secteurs : ${shown.sectors.map((s) => s.label.toLowerCase()).join(', ')}` : undefined;
  return { shown, options: { selectionLabel, palette: dataset.sectors } };
}

export function overviewView(dataset: Dataset, filter: SectorFilter, table: Pick<View, 'sort' | 'page'> = DEFAULT_VIEW): OverviewView {
  const knownIds = dataset.sectors.map((s) => s.id);
  const sectors = filter.sectors;
  const { shown, options } = filteredCharts(dataset, sectors);
  const total = dataset.clusters.length;
  const page = tablePage(clusterRows(shown, dataset.sectors), table.sort, table.page);
  return {
    sectors,
    query: viewQuery({ sectors, sort: table.sort, page: table.page }, knownIds),
    notice: filterNotice(filter),
    countText: countText(shown.clusters.length, total),
    waveText: waveBreakdown(shown.clusters),
    shownCount: shown.clusters.length,
    totalCount: total,
    headlines: headlines(dataset, sectors.length > 0 ? shown.clusters : undefined),
    members: membersChartSpec(shown, options),
    employment: employmentChartSpec(shown, options),
    rows: page.rows,
    table: page.table,
  };
}
