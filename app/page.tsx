import type { Metadata } from 'next';
import { OverviewDashboard } from '@/components/overview-dashboard';
import { SourceCitation } from '@/components/source-citation';
import { getDataset } from '@/lib/data/load';
import { overviewDescription } from '@/lib/view/headlines';
import { overviewView } from '@/lib/view/overview';
import { parseSectorParam, SECTOR_PARAM } from '@/lib/url/sector-filter';
import { sectorStyles } from '@/lib/view/sectors';
import { parseTableParams } from '@/lib/view/table';

export const metadata: Metadata = {
  title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
  description: overviewDescription(getDataset()),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  const dataset = getDataset();
  const { programme } = dataset;
  const params = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([name, value]) => [value ?? []].flat().map((v) => [name, v])),
  );
  const raw = params.getAll(SECTOR_PARAM);
  const filter = parseSectorParam(raw.length > 0 ? raw : undefined, dataset.sectors.map((s) => s.id));
  const { sort, page } = parseTableParams(params);
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
        initialView={overviewView(dataset, filter, { sort, page })}
        sectors={[...sectorStyles(dataset.sectors).values()]}
        serverSearch={serverSearch}
      />
      <SourceCitation dataset={dataset} />
    </div>
  );
}
