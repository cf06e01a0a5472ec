import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OverviewPage } from '@/components/overview-page';
import { getDataset } from '@/lib/data/load';
import { overviewDescription } from '@/lib/view/headlines';
import { overviewSocialMetadata } from '@/lib/view/social-card';
import { readView } from '@/lib/url/view-query';
import { DEFAULT_VIEW_SEGMENT, segmentParams, viewSegment } from '@/lib/url/view-key';
import { pageOembedAlternates } from '@/lib/embed/embed-metadata';

// The overview of one view, rendered once and kept (ISR), by its canonical query
// (lib/url/view-key.ts): the production server rewrites `/?…` here (next.config.js), so the
// address bar keeps the URL asked for. Never reached by its own path, which gets the 404 page.
/**
 * Rendered again at most once a minute, as cluster pages are, so that the export links of the
 * server's HTML carry today's date.
 */
export const revalidate = 60;

/** Built with the site: the default view and each sector alone; the others on first visit. */
export function generateStaticParams() {
  const { sectors } = getDataset();
  const alone = sectors.length > 1 ? sectors.map((s) => `secteur=${s.id}`) : [];
  return [DEFAULT_VIEW_SEGMENT, ...alone].map((vue) => ({ vue }));
}

type Props = { params: Promise<{ vue: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = getDataset();
  const segment = decoded((await params).vue);
  const { view } = readView(segmentParams(segment ?? ''), dataset.sectors.map((s) => s.id));
  const path = segment === null || segment === DEFAULT_VIEW_SEGMENT ? '/' : `/?${segment}`;
  return {
    title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
    description: overviewDescription(dataset),
    // The view's card, and its canonical address as og:url: every spelling of the view shares them.
    ...overviewSocialMetadata(dataset, view),
    // The view's oEmbed discovery link, for the address this rendering answers.
    alternates: pageOembedAlternates(dataset, path),
  };
}

export default async function CachedOverview({ params }: Props) {
  const dataset = getDataset();
  const segment = decoded((await params).vue);
  const query = segmentParams(segment ?? '');
  // Only canonical segments are rendered, so that one view has one entry.
  if (segment === null || viewSegment(query, dataset) !== segment) notFound();
  return <OverviewPage dataset={dataset} params={query} />;
}

/** The segment as the view names it, whether the router gives it percent-encoded or not. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
