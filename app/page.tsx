import type { Metadata } from 'next';
import { ChartFigure } from '@/components/chart-figure';
import { ClustersTable } from '@/components/clusters-table';
import { Headlines } from '@/components/headlines';
import { SourceCitation } from '@/components/source-citation';
import { employmentChartSpec, membersChartSpec } from '@/lib/charts';
import { getDataset } from '@/lib/data';
import { headlines } from '@/lib/overview';
import { clusterRows } from '@/lib/table';

export const metadata: Metadata = {
  title: { absolute: "Grappes d'entreprises du Nord-Pas-de-Calais (janvier 2011)" },
  description:
    "Les sept grappes d'entreprises du Nord-Pas-de-Calais retenues le 21 janvier 2011 : membres et emplois par secteur, chaque chiffre avec son périmètre et sa source.",
};

export default function OverviewPage() {
  const dataset = getDataset();
  const { programme } = dataset;
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
        <Headlines items={headlines(dataset)} />
      </section>

      <section aria-label="Graphiques" className="grid gap-6 lg:grid-cols-2">
        <ChartFigure spec={membersChartSpec(dataset)} />
        <ChartFigure spec={employmentChartSpec(dataset)} />
      </section>

      <section aria-labelledby="titre-tableau" className="flex flex-col gap-3">
        <h2 id="titre-tableau" className="font-serif text-2xl font-semibold">
          Toutes les grappes
        </h2>
        <ClustersTable
          rows={clusterRows(dataset)}
          caption="Les grappes de la région citées par l'article, avec leurs chiffres et leur périmètre. Cliquez sur un en-tête pour trier."
        />
      </section>

      <SourceCitation dataset={dataset} />
    </div>
  );
}
