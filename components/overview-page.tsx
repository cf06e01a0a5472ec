// The overview for one view: the page's introduction, the filtered dashboard and the source. Rendered
// per request for a URL whose filter needs a notice (app/(site)/page.tsx), and once per view otherwise (app/(site)/vues/).
import { OverviewDashboard } from '@/components/overview-dashboard';
import { SourceCitation } from '@/components/source-citation';
import type { Dataset } from '@/lib/data/schema';
import { todayInParis } from '@/lib/format/iso-date';
import { overviewView } from '@/lib/view/overview';
import { sectorStyles } from '@/lib/view/sectors';
import { readView } from '@/lib/url/view-query';

type Props = {
  dataset: Dataset;
  /** The query the page shows: the URL's own, or the canonical query of a cached view. */
  params: URLSearchParams;
};

export function OverviewPage({ dataset, params }: Props) {
  const { programme } = dataset;
  const { view, filter } = readView(params, dataset.sectors.map((s) => s.id));
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="titre-page" className="flex flex-col gap-4">
        <h1 id="titre-page" className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          Les grappes d&apos;entreprises du Nord-Pas-de-Calais
        </h1>
        <p className="max-w-3xl text-lg">
          Une « grappe d&apos;entreprises », c&apos;est {programme.definition.charAt(0).toLowerCase()}
          {programme.definition.slice(1)} Le label est soutenu par la {programme.agency.acronym} (
          {programme.agency.name}).
        </p>
      </section>
      <OverviewDashboard
        initialView={overviewView(dataset, filter, view)}
        sectors={[...sectorStyles(dataset.sectors).values()]}
        serverSearch={params.toString()}
        serverDate={todayInParis()}
      />
      <SourceCitation dataset={dataset} />
    </div>
  );
}
