import type { Metadata } from 'next';
import { OverviewDashboard } from '@/components/overview-dashboard';
import { SourceCitation } from '@/components/source-citation';
import { getDataset } from '@/lib/data/load';
import { todayInParis } from '@/lib/format/iso-date';
import { overviewDescription } from '@/lib/view/headlines';
import { overviewView } from '@/lib/view/overview';
import { sectorStyles } from '@/lib/view/sectors';
import { readView, searchParamsOf } from '@/lib/url/view-query';

export const metadata: Metadata = {
  title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
  description: overviewDescription(getDataset()),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  const dataset = getDataset();
  const { programme } = dataset;
  const params = searchParamsOf(await searchParams);
  const { view, filter } = readView(params, dataset.sectors.map((s) => s.id));
  const serverSearch = params.toString();
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
        serverSearch={serverSearch}
        serverDate={todayInParis()}
      />
      <SourceCitation dataset={dataset} />
    </div>
  );
}
