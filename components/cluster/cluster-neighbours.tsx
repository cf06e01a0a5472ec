// The previous and next clusters in the dataset's order, then the page's source line.
import { clusterHref } from '@/lib/url/paths';
import { sourceLine } from '@/lib/view/source-line';
import { neighbours } from '@/lib/view/cluster-page';
import type { Cluster, Dataset } from '@/lib/data/schema';

export function ClusterNeighbours({ dataset, cluster }: { dataset: Dataset; cluster: Cluster }) {
  const { previous, next } = neighbours(dataset, cluster);
  return (
    <>
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
    </>
  );
}
