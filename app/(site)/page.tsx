import type { Metadata } from 'next';
import { OverviewPage } from '@/components/overview-page';
import { getDataset } from '@/lib/data/load';
import { overviewDescription } from '@/lib/view/headlines';
import { searchParamsOf } from '@/lib/url/view-query';
import { pageOembedAlternates } from '@/lib/embed/embed-metadata';

// `/` rendered for its own query, on every request: the production server sends every URL whose
// view has a cached rendering to app/vues/[vue] (next.config.js, instrumentation.ts), so this
// renders only what that cannot answer (a filter with a notice), and every URL on the dev server.
const metadata: Metadata = {
  title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
  description: overviewDescription(getDataset()),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** With the oEmbed discovery link of the URL's view, when it has one (none for a filter with a notice). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = searchParamsOf(await searchParams).toString();
  return { ...metadata, alternates: pageOembedAlternates(getDataset(), query ? `/?${query}` : '/') };
}

export default async function Overview({ searchParams }: Props) {
  return <OverviewPage dataset={getDataset()} params={searchParamsOf(await searchParams)} />;
}
