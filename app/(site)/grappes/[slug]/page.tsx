import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClusterComparison } from '@/components/cluster/cluster-comparison';
import { ClusterFigures } from '@/components/cluster/cluster-figures';
import { ClusterHeader } from '@/components/cluster/cluster-header';
import { ClusterNeighbours } from '@/components/cluster/cluster-neighbours';
import { ClusterQuotes } from '@/components/cluster/cluster-quotes';
import { clusterDescription } from '@/lib/view/cluster-page';
import { socialCard, socialMetadata } from '@/lib/view/social-card';
import { clusterHref } from '@/lib/url/paths';
import { findCluster } from '@/lib/data/find';
import { getDataset } from '@/lib/data/load';
import { todayInParis } from '@/lib/format/iso-date';
import { pageOembedAlternates } from '@/lib/embed/embed-metadata';

type Props = { params: Promise<{ slug: string }> };

// Every cluster's page is built with the site (the dataset only changes with a new build). Any
// other slug is no cluster's: Next.js answers it with the site's 404 page, prerendered once, without
// rendering this route or keeping anything per address. (Pages rendered on demand would instead
// call notFound() in a fallback render, which Next.js 16 answers with an empty error document
// whose text appears only once JavaScript runs; so would rendering each request, connection().)
export const dynamicParams = false;
/**
 * Rendered again at most once a minute, so that the export links of the server's HTML carry today's
 * date (the browser puts its own day in once the page runs). The first visit after a quiet minute
 * still gets the page as last rendered, which past midnight is yesterday's date.
 */
export const revalidate = 60;

export function generateStaticParams() {
  return getDataset().clusters.map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = getDataset();
  const cluster = findCluster(dataset, (await params).slug);
  if (!cluster) return { title: 'Page introuvable' };
  return {
    title: cluster.name,
    description: clusterDescription(dataset, cluster),
    ...socialMetadata(socialCard(dataset, { cluster }), clusterHref(cluster.slug)),
    alternates: pageOembedAlternates(dataset, clusterHref(cluster.slug)),
  };
}

export default async function ClusterPage({ params }: Props) {
  const dataset = getDataset();
  const cluster = findCluster(dataset, (await params).slug);
  if (!cluster) notFound();
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
