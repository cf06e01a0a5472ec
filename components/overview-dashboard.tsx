'use client';
// The filtered part of the overview: the filter, headline counts, both charts and the table, in step.
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import useSWR, { SWRConfig } from 'swr';
import type { OverviewView } from '@/lib/overview-view';
import type { SectorStyle } from '@/lib/sectors';
import { filterNotice, parseSectorParam, SECTOR_PARAM, sectorQuery, toggleSector } from '@/lib/sector-filter';
import { ChartFigure } from './chart-figure';
import { ClustersTable } from './clusters-table';
import { Headlines } from './headlines';
import { SectorFilter } from './sector-filter';

type Props = { initialView: OverviewView; sectors: SectorStyle[] };

export const apiKey = (query: string) => `/api/grappes${query}`;

async function fetchView(url: string): Promise<OverviewView> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response.json();
}

export function OverviewDashboard({ initialView, sectors }: Props) {
  return (
    <SWRConfig value={{ fallback: { [apiKey(initialView.query)]: initialView } }}>
      <Dashboard initialView={initialView} sectors={sectors} />
    </SWRConfig>
  );
}

function Dashboard({ initialView, sectors }: Props) {
  const searchParams = useSearchParams();
  const knownIds = sectors.map((s) => s.id);
  const raw = searchParams.getAll(SECTOR_PARAM);
  const urlFilter = parseSectorParam(raw.length > 0 ? raw : undefined, knownIds);
  const urlQuery = sectorQuery(urlFilter.sectors, knownIds);

  // The selection follows a click at once; the URL follows it, and back/forward bring it back here.
  const [selection, setSelection] = useState({ urlQuery, sectors: urlFilter.sectors });
  let selected = selection.sectors;
  if (selection.urlQuery !== urlQuery) {
    if (sectorQuery(selection.sectors, knownIds) !== urlQuery) selected = urlFilter.sectors;
    setSelection({ urlQuery, sectors: selected });
  }
  const select = (next: string[]) => {
    setSelection((current) => ({ ...current, sectors: next }));
    window.history.pushState(null, '', `/${sectorQuery(next, knownIds)}`);
  };

  const { data, error } = useSWR(apiKey(sectorQuery(selected, knownIds)), fetchView, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  // While a new filter loads, keep showing the last view rather than nothing. (SWR's keepPreviousData
  // would also skip the server-rendered fallback when coming back to the first view.)
  const [lastView, setLastView] = useState(initialView);
  if (data && data !== lastView) setLastView(data);
  const view = data ?? lastView;

  return (
    <div className="flex flex-col gap-8">
      <SectorFilter
        sectors={sectors}
        selected={selected}
        countText={view.countText}
        notice={filterNotice(urlFilter) ?? (error ? 'Les données filtrées n’ont pas pu être chargées ; réessayez.' : null)}
        onToggle={(id) => select(toggleSector(selected, id, knownIds))}
        onReset={() => select([])}
      />
      <Headlines items={view.headlines} />
      <section aria-label="Graphiques" className="grid gap-6 lg:grid-cols-2">
        <ChartFigure spec={view.members} />
        <ChartFigure spec={view.employment} />
      </section>
      <section aria-labelledby="titre-tableau" className="flex flex-col gap-3">
        <h2 id="titre-tableau" className="font-serif text-2xl font-semibold">
          {view.sectors.length > 0 ? 'Les grappes de ces secteurs' : 'Toutes les grappes'}
        </h2>
        <ClustersTable
          rows={view.rows}
          caption="Les grappes de la région citées par l'article, avec leurs chiffres et leur périmètre. Cliquez sur un en-tête pour trier."
        />
      </section>
    </div>
  );
}
