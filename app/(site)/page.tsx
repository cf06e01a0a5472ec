import type { Metadata } from 'next';
import { OverviewPage } from '@/components/overview-page';
import { getDataset } from '@/lib/data/load';
import { overviewDescription } from '@/lib/view/headlines';
import { overviewSocialMetadata } from '@/lib/view/social-card';
import { readView, searchParamsOf } from '@/lib/url/view-query';
import { pageOembedAlternates } from '@/lib/embed/embed-metadata';

// `/` rendered for its own query, on every request: the production server sends every URL whose
// view has a cached rendering to app/vues/[vue] (next.config.js, instrumentation.ts), so this
// renders only what that cannot answer (a filter with a notice), and every URL on the dev server.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const dataset = getDataset();
  const params = searchParamsOf(await searchParams);
  const query = params.toString();
  const { view } = readView(params, dataset.sectors.map((s) => s.id));
  return {
    title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
    description: overviewDescription(dataset),
    // What a shared link shows: the card of the view the page kept of the URL, under its canonical address.
    ...overviewSocialMetadata(dataset, view),
    // The oEmbed discovery link of the URL's view, when it has one (none for a filter with a notice).
    alternates: pageOembedAlternates(dataset, query ? `/?${query}` : '/'),
  };
}

export default async function Overview({ searchParams }: Props) {
  return <OverviewPage dataset={getDataset()} params={searchParamsOf(await searchParams)} />;
}
