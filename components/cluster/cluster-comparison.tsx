// A cluster among the others: both charts with it picked out, and the clusters of its sector.
import { ChartFigure } from '@/components/chart-figure';
import { ReportLink } from '@/components/report-link';
import { clusterHref } from '@/lib/url/paths';
import { employmentChartSpec } from '@/lib/view/charts/employment';
import { membersChartSpec } from '@/lib/view/charts/members';
import { sameSectorLinks, sectorLabel } from '@/lib/view/cluster-page';
import { formatCount } from '@/lib/format/french';
import type { Cluster, Dataset } from '@/lib/data/schema';
import { TABLE_ANCHOR } from '@/lib/view/table';

/** `date`: today in Paris as the server renders the page, which the export links carry. */
export function ClusterComparison({ dataset, cluster, date }: { dataset: Dataset; cluster: Cluster; date: string }) {
  const sector = sectorLabel(dataset, cluster);
  const siblings = sameSectorLinks(dataset, cluster);
  return (
    <section aria-labelledby="titre-comparaison" className="flex flex-col gap-4">
      <h2 id="titre-comparaison" className="font-serif text-2xl font-semibold">
        Parmi les autres grappes
      </h2>
      <ReportLink highlight={cluster.slug} serverDate={date} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          spec={membersChartSpec(dataset, { highlight: cluster.slug })}
          exportView={{ highlight: cluster.slug, date }}
          allClustersHref={`/#${TABLE_ANCHOR}`}
        />
        <ChartFigure
          spec={employmentChartSpec(dataset, { highlight: cluster.slug })}
          exportView={{ highlight: cluster.slug, date }}
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
  );
}
