// The top of a cluster's page: its name, what the article says it is, where, which sector and wave.
import { sectorLabel } from '@/lib/view/cluster-page';
import { waveLabel } from '@/lib/view/wave';
import type { Cluster, Dataset } from '@/lib/data/schema';

export function ClusterHeader({ dataset, cluster }: { dataset: Dataset; cluster: Cluster }) {
  const sector = sectorLabel(dataset, cluster);
  const place = [cluster.town, cluster.area].filter(Boolean).join(' · ');
  return (
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
  );
}
