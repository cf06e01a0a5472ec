import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage } from '@/components/embed/embed-page';
import { getDataset } from '@/lib/data/load';
import { embedMetadata } from '@/lib/embed/embed-metadata';
import { readEmbed } from '@/lib/embed/embed-view';
import { searchParamsOf } from '@/lib/url/view-query';

// An embed rendered for its own URL, on each request: only the dev server gets here (it has no
// request hook); the production server sends every embed URL to its kept rendering
// (app/integrer/[chart]/[vue]) or, refused, to the 404 page (next.config.js).

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readingOf({ params, searchParams }: Props) {
  const dataset = getDataset();
  const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };
  const reading = readEmbed((await params).chart, searchParamsOf(await searchParams), known);
  return reading.ok ? { dataset, view: reading.view } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await readingOf(props);
  return found ? embedMetadata(found.dataset, found.view) : { title: 'Page introuvable' };
}

export default async function Embed(props: Props) {
  const found = await readingOf(props);
  if (!found) notFound();
  return <EmbedPage dataset={found.dataset} view={found.view} />;
}
