import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/chart-figure';
import { FigureCard } from '@/components/figure-card';
import {
  clusterDescription,
  clusterFigures,
  neighbours,
  sameSectorLinks,
  sectorLabel,
  waveLabel,
} from '@/lib/cluster-page';
import { clusterHref, employmentChartSpec, membersChartSpec, sourceLine } from '@/lib/charts';
import { findCluster, getDataset } from '@/lib/data';
import { formatCount } from '@/lib/french';
import { TABLE_ANCHOR } from '@/lib/table';

type Props = { params: Promise<{ slug: string }> };

// The first pages are built with the site; any other cluster's page is built on its first visit,
// then kept and served as a static page (revalidate = false: the dataset only changes with a new
// build). A slug that is no cluster's still gets the 404 page, from notFound() below.
export const dynamicParams = false;
export const revalidate = false;

export function generateStaticParams() {
  return getDataset().clusters.map((c) => c.slug).map((slug) => ({ slug }));
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
  const sector = sectorLabel(dataset, cluster);
  const { previous, next } = neighbours(dataset, cluster);
  const siblings = sameSectorLinks(dataset, cluster);
  const place = [cluster.town, cluster.area].filter(Boolean).join(' · ');

  return (
    <article className="flex flex-col gap-8">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <a href="/" className="underline">
          Toutes les grappes
        </a>{' '}
        › {cluster.name}
      </nav>

      <header className="flex flex-col gap-3">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          {cluster.name}
          {cluster.acronym ? <span className="text-muted"> ({cluster.acronym})</span> : null}
        </h1>
        {cluster.description ? <p className="max-w-3xl text-lg">{cluster.description}</p> : null}
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Lieu</dt>
          <dd>{place || <span className="italic text-muted">non précisé dans l&apos;article</span>}</dd>
          <dt className="font-semibold">Secteur</dt>
          <dd>{sector ?? <span className="italic text-muted">non précisé dans l&apos;article</span>}</dd>
          <dt className="font-semibold">Sélection</dt>
          <dd>{waveLabel(dataset, cluster)}</dd>
        </dl>
      </header>

      <section aria-labelledby="titre-chiffres" className="flex flex-col gap-4">
        <h2 id="titre-chiffres" className="font-serif text-2xl font-semibold">
          Les chiffres de l&apos;article
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {clusterFigures(cluster).map((figure) => (
            <FigureCard key={figure.key} figure={figure} />
          ))}
        </div>
      </section>

      <section aria-labelledby="titre-citation" className="flex flex-col gap-3">
        <h2 id="titre-citation" className="font-serif text-2xl font-semibold">
          Ce qu&apos;en dit l&apos;article
        </h2>
        <blockquote className="max-w-3xl border-l-4 border-rule pl-4 italic">« {cluster.mentionQuote} »</blockquote>
        {cluster.people.map((person) => (
          <div key={person.name} className="max-w-3xl">
            <p className="font-semibold">
              {person.name}
              <span className="font-normal text-muted">
                , {person.role ?? "fonction non précisée dans l'article"}
              </span>
            </p>
            {person.quotes.map((quote) => (
              <blockquote key={quote} className="mt-1 border-l-4 border-accent pl-4">
                « {quote} »
              </blockquote>
            ))}
          </div>
        ))}
      </section>

      <section aria-labelledby="titre-comparaison" className="flex flex-col gap-4">
        <h2 id="titre-comparaison" className="font-serif text-2xl font-semibold">
          Parmi les autres grappes
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <ChartFigure
            spec={membersChartSpec(dataset, { highlight: cluster.slug })}
            exportView={{ highlight: cluster.slug }}
            allClustersHref={`/#${TABLE_ANCHOR}`}
          />
          <ChartFigure
            spec={employmentChartSpec(dataset, { highlight: cluster.slug })}
            exportView={{ highlight: cluster.slug }}
            allClustersHref={`/#${TABLE_ANCHOR}`}
          />
        </div>
        <div className="text-sm">
          <h3 className="font-semibold">Même secteur</h3>
          {siblings.shown.length > 0 ? (
            // Spaced so that each link is a target of its own (WCAG 2.5.8), now that a sector can list ten.
            <ul className="list-disc space-y-2 pl-5">
              {siblings.shown.map((c) => (
                <li key={c.slug}>
                  <a href={clusterHref(c.slug)} className="underline">
                    {c.name}
                  </a>
                </li>
              ))}
              {siblings.more > 0 ? (
                <li>
                  <a href={`/?secteur=${cluster.sectorId}#${TABLE_ANCHOR}`} className="underline">
                    et {formatCount(siblings.more, 'autre grappe', 'autres grappes')} de ce secteur, dans le tableau
                  </a>
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="text-muted">
              {sector ? "Aucune autre grappe de ce secteur dans l'article." : "Secteur non précisé dans l'article."}
            </p>
          )}
        </div>
      </section>

      <nav aria-label="Autres grappes" className="flex flex-wrap justify-between gap-4 border-t border-rule pt-4">
        {previous ? (
          <a href={clusterHref(previous.slug)} rel="prev" className="underline">
            ← {previous.name}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={clusterHref(next.slug)} rel="next" className="underline">
            {next.name} →
          </a>
        ) : null}
      </nav>

      <footer className="text-sm text-muted">
        <p>{sourceLine(dataset)}</p>
        <p>
          <a href="/#titre-sources" className="underline">
            Tout sur la source et le contexte
          </a>
        </p>
      </footer>
    </article>
  );
}
