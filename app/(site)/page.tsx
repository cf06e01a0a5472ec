import type { Metadata } from 'next';
import { OverviewPage } from '@/components/overview-page';
import { getDataset } from '@/lib/data/load';
import { overviewDescription } from '@/lib/view/headlines';
import { searchParamsOf } from '@/lib/url/view-query';

// `/` rendered for its own query, on every request: the production server sends every URL whose
// view has a cached rendering to app/vues/[vue] (next.config.js, instrumentation.ts), so this
// renders only what that cannot answer (a filter with a notice), and every URL on the dev server.
export const metadata: Metadata = {
  title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
  description: overviewDescription(getDataset()),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Overview({ searchParams }: Props) {
  return <OverviewPage dataset={getDataset()} params={searchParamsOf(await searchParams)} />;
}
