'use client';
// The filtered part of the overview: the filter, headline counts, both charts and the table's page, in step.
import { useState, useSyncExternalStore } from 'react';
import useSWR, { SWRConfig } from 'swr';
import type { OverviewView, OverviewWithCharts } from '@/lib/view/overview';
import type { SectorStyle } from '@/lib/view/sectors';
import { TABLE_ANCHOR } from '@/lib/view/table';
import { filterNotice, toggleSector } from '@/lib/url/sector-filter';
import { toggleSort, type SortColumn } from '@/lib/url/table-params';
import { readView, viewQuery, type View } from '@/lib/url/view-query';
import { ChartFigure } from './chart-figure';
import { ClustersTable } from './clusters-table';
import { Headlines } from './headlines';
import { ReportLink } from './report-link';
import { SectorFilter } from './sector-filter';

type Props = {
  initialView: OverviewView;
  sectors: SectorStyle[];
  /** The query the server rendered (URLSearchParams.toString(), no "?"), so that hydration starts from the same view. */
  serverSearch: string;
  /** Today in Paris when the server rendered the page: the export links' date before hydration. */
  serverDate: string;
};

/** The view of a query, with its charts' SVG (pages/api/apercu.ts). */
export const apiKey = (query: string) => `/api/apercu${query}`;

async function fetchView(url: string): Promise<OverviewWithCharts> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response.json();
}

/** The charts' section, where the filter's submit button leads once the page runs. */
const CHARTS_ID = 'graphiques';

/** Fired after this page writes a new URL itself (pushState fires no event). */
const LOCATION_EVENT = 'grappes:location';

/**
 * The address bar's query, in URLSearchParams' own spelling, as the server gives it: the same view
 * reads the same (a comma in "secteur=a,b" is "%2C" here), so hydration needs no second render.
 */
const currentSearch = () => new URLSearchParams(window.location.search).toString();

function subscribeToLocation(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_EVENT, onChange);
  };
}

export function OverviewDashboard(props: Props) {
  // The view the page was rendered with, kept as first given: its charts' SVG is in the page's HTML
  // (see ChartCanvas), which a later copy of the same view from the router would not have.
  const [initialView] = useState(props.initialView);
  return (
    <SWRConfig value={{ fallback: { [apiKey(initialView.query)]: initialView } }}>
      <Dashboard {...props} initialView={initialView} />
    </SWRConfig>
  );
}

function Dashboard({ initialView, sectors, serverSearch, serverDate }: Props) {
  // The address bar is the view's one source of truth (filter, sort, page). It is read from
  // window.location rather than from the router's state, which can lag behind it when back/forward
  // race a server round trip. Not from useSearchParams either: a view rendered once for every URL
  // of it (app/(site)/vues/) has no search params of its own on the server, and the page's links are
  // plain <a> links, so the router never navigates within it.
  const search = useSyncExternalStore(subscribeToLocation, currentSearch, () => serverSearch);
  const knownIds = sectors.map((s) => s.id);
  const { view: asked, filter: urlFilter } = readView(new URLSearchParams(search), knownIds);
  const { sectors: selected, sort } = asked;
  const go = (next: View) => {
    window.history.pushState(null, '', `/${viewQuery(next, knownIds)}`);
    window.dispatchEvent(new Event(LOCATION_EVENT));
  };
  // Another filter or sort starts the table again at its first page; the sort is kept across filters.
  const select = (next: string[]) => go({ sectors: next, sort, page: 1 });
  const sortBy = (column: SortColumn) => go({ sectors: selected, sort: toggleSort(sort, column), page: 1 });
  const pageHref = (target: number) => `/${viewQuery({ ...asked, page: target }, knownIds)}#${TABLE_ANCHOR}`;
  const goToPage = (target: number) => {
    go({ ...asked, page: target });
    document.getElementById(TABLE_ANCHOR)?.scrollIntoView();
  };

  const { data, error } = useSWR<OverviewView | OverviewWithCharts>(apiKey(viewQuery(asked, knownIds)), fetchView, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  // While a new view loads, keep showing the last one rather than nothing. (SWR's keepPreviousData
  // would also skip the server-rendered fallback when coming back to the first view.)
  const [lastView, setLastView] = useState<OverviewView | OverviewWithCharts>(initialView);
  if (data && data !== lastView) setLastView(data);
  const view = data ?? lastView;
  // The server-rendered view has no SVG of its own: its charts are already in the page.
  const svg = (view as Partial<OverviewWithCharts>).svg;
  // Exports follow the address bar at once, without waiting for the new view to arrive.
  const exportView = { sectors: selected, date: serverDate };

  return (
    <div className="flex flex-col gap-8">
      <SectorFilter
        sectors={sectors}
        selected={selected}
        countText={view.countText}
        waveText={view.waveText}
        notice={filterNotice(urlFilter) ?? (error ? 'Les données filtrées n’ont pas pu être chargées ; réessayez.' : null)}
        chartsId={CHARTS_ID}
        onToggle={(id) => select(toggleSector(selected, id, knownIds))}
        onReset={() => select([])}
      />
      <Headlines items={view.headlines} />
      <ReportLink sectors={selected} serverDate={serverDate} />
      <section id={CHARTS_ID} tabIndex={-1} aria-label="Graphiques" className="grid scroll-mt-4 gap-6 lg:grid-cols-2">
        <ChartFigure spec={view.members} svg={svg?.members ?? undefined} exportView={exportView} allClustersHref={`#${TABLE_ANCHOR}`} />
        <ChartFigure spec={view.employment} svg={svg?.employment ?? undefined} exportView={exportView} allClustersHref={`#${TABLE_ANCHOR}`} />
      </section>
      {/* Below the first screen on every device: laid out and painted only as it comes near (printed whole). */}
      <section id={TABLE_ANCHOR} aria-labelledby="titre-tableau" className="flex scroll-mt-4 flex-col gap-3 [content-visibility:auto] [contain-intrinsic-size:auto_900px] print:[content-visibility:visible]">
        <h2 id="titre-tableau" className="font-serif text-2xl font-semibold">
          {view.sectors.length > 0 ? 'Les grappes de ces secteurs' : 'Toutes les grappes'}
        </h2>
        <ClustersTable
          rows={view.rows}
          table={view.table}
          loading={!data}
          onSort={sortBy}
          pageHref={pageHref}
          onPage={goToPage}
          caption="Les grappes de la région citées par l'article, avec leurs chiffres et leur périmètre."
        />
      </section>
    </div>
  );
}
