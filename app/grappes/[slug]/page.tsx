import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ClusterComparison } from '@/components/cluster/cluster-comparison';
import { ClusterFigures } from '@/components/cluster/cluster-figures';
import { ClusterHeader } from '@/components/cluster/cluster-header';
import { ClusterNeighbours } from '@/components/cluster/cluster-neighbours';
import { ClusterQuotes } from '@/components/cluster/cluster-quotes';
import { clusterDescription } from '@/lib/view/cluster-page';
import { findCluster } from '@/lib/data/find';
import { getDataset } from '@/lib/data/load';
import { todayInParis } from '@/lib/format/iso-date';

type Props = { params: Promise<{ slug: string }> };

// The clusters' slugs are listed with the site (the dataset only changes with a new build). Any
// other slug is no cluster's: Next.js answers it with the site's 404 page, prerendered once, without
// rendering this route or keeping anything per address. (Pages rendered for unknown slugs would
// instead call notFound() in a fallback render, which Next.js 16 answers with an empty error
// document whose text appears only once JavaScript runs.) A known slug's page is rendered per
// request (connection() below), so that its export links carry today's date.
export const dynamicParams = false;

export function generateStaticParams() {
  return getDataset().clusters.map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = getDataset();
  const cluster = findCluster(dataset, (await params).slug);
  if (!cluster) return { title: 'Page introuvable' };
  return { title: cluster.name, description: clusterDescription(dataset, cluster) };
}

export default async function ClusterPage({ params }: Props) {
  const dataset = getDataset();
  const cluster = findCluster(dataset, (await params).slug);
  if (!cluster) notFound();
  // Rendered per request, not once at build: the export links carry today's date even without JavaScript.
  await connection();
  const today = todayInParis();
  return (
    <article className="flex flex-col gap-8">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <a href="/" className="underline">
          Toutes les grappes
        </a>{' '}
        › {cluster.name}
      </nav>
      <ClusterHeader dataset={dataset} cluster={cluster} />
      <ClusterFigures cluster={cluster} />
      <ClusterQuotes cluster={cluster} />
      <ClusterComparison dataset={dataset} cluster={cluster} date={today} />
      <ClusterNeighbours dataset={dataset} cluster={cluster} />
    </article>
  );
}
