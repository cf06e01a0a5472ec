import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage } from '@/components/embed/embed-page';
import { getDataset } from '@/lib/data/load';
import { embedMetadata } from '@/lib/embed/embed-metadata';
import { DEFAULT_EMBED_SEGMENT, embedSegment, embedSegmentParams, readEmbed } from '@/lib/embed/embed-view';
import { CHART_IDS } from '@/lib/view/charts/spec';

// One embed (a chart of one view), rendered once and kept (ISR) by its canonical query
// (lib/embed/embed-view.ts): the production server rewrites `/integrer/<chart>?…` here
// (next.config.js, lib/http/embed-header.ts), so the frame keeps the URL the snippet gave.
// Never reached by its own path, which gets the 404 page.

/**
 * An embed shows the dataset and nothing of the day: an hour bounds how long a cache in front
 * keeps the page after a deployment that was not followed by a purge (its scripts' names change).
 */
export const revalidate = 3600;

/** Built with the site: each chart of the default view; the others on first visit. */
export function generateStaticParams() {
  return CHART_IDS.map((chart) => ({ chart, vue: DEFAULT_EMBED_SEGMENT }));
}

type Props = { params: Promise<{ chart: string; vue: string }> };

/** The embed a route's parameters name, when they are canonical: one view, one rendering. */
async function viewOf(params: Props['params']) {
  const dataset = getDataset();
  const { chart, vue } = await params;
  const segment = decoded(vue);
  const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };
  if (segment === null || embedSegment(chart, embedSegmentParams(segment), known) !== segment) return null;
  const reading = readEmbed(chart, embedSegmentParams(segment), known);
  return reading.ok ? { dataset, view: reading.view } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await viewOf(params);
  return found ? embedMetadata(found.dataset, found.view) : { title: 'Page introuvable' };
}

export default async function CachedEmbed({ params }: Props) {
  const found = await viewOf(params);
  if (!found) notFound();
  return <EmbedPage dataset={found.dataset} view={found.view} />;
}

/** The segment as the view names it, whether the router gives it percent-encoded or not. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
