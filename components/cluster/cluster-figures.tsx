// A cluster's figures, one card each, as the article gives them (or says it does not).
import { FigureCard } from '@/components/figure-card';
import { clusterFigures } from '@/lib/view/cluster-page';
import type { Cluster } from '@/lib/data/schema';

export function ClusterFigures({ cluster }: { cluster: Cluster }) {
  return (
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
  );
}
