'use client';
// The accessible alternative to the charts: every cluster and its figures, sortable by column, a page at a time.
import { formatNumber } from '@/lib/format/french';
import { clusterHref } from '@/lib/url/paths';
import type { SortColumn } from '@/lib/url/table-params';
import type { ClusterRow, FigureCell, TablePage } from '@/lib/view/table';
import { themedColor } from '@/lib/view/theme';
import { waveShortLabel } from '@/lib/view/wave';

const COLUMNS: Array<{ id: SortColumn; label: string; numeric?: boolean }> = [
  { id: 'name', label: 'Grappe' },
  { id: 'town', label: 'Lieu' },
  { id: 'sector', label: 'Secteur' },
  { id: 'wave', label: 'Vague', numeric: true },
  { id: 'members', label: 'Membres', numeric: true },
  { id: 'employment', label: 'Emplois', numeric: true },
];

type Props = {
  /** The rows of the page shown, already sorted: sorting and cutting pages happen over every row, on the server. */
  rows: ClusterRow[];
  table: TablePage;
  caption: string;
  /** True while another sort or page is on its way. */
  loading: boolean;
  onSort: (column: SortColumn) => void;
  /** The URL of a page, which also works without JavaScript. */
  pageHref: (page: number) => string;
  onPage: (page: number) => void;
};

export function ClustersTable({ rows, table, caption, loading, onSort, pageHref, onPage }: Props) {
  const { sort } = table;
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-sm" aria-busy={loading || undefined}>
          <caption className="mb-2 text-left text-muted">
            {caption}
            {/* The headers sort on screen; on paper the hint would point at nothing. */}
            <span className="print:hidden"> Cliquez sur un en-tête pour trier.</span>
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              {COLUMNS.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={sort.column === column.id ? sort.direction : undefined}
                  className={`py-2 pr-3 font-semibold ${column.numeric ? 'text-right' : 'text-left'}`}
                >
                  <button
                    type="button"
                    onClick={() => onSort(column.id)}
                    className="inline-flex items-center gap-1 hover:underline"
                  >
                    {column.label}
                    <span aria-hidden="true" className="text-muted print:hidden">
                      {sort.column === column.id ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug} className="border-b border-rule align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <a href={clusterHref(row.slug)} className="font-semibold underline">
                    {row.name}
                  </a>
                </th>
                <td className="py-2 pr-3">{row.town ?? <Missing label="non précisé" />}</td>
                <td className="py-2 pr-3">
                  {row.sector ? (
                    <span className="inline-flex items-center gap-1.5">
                      <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: themedColor(row.sectorColor) }} />
                      {row.sector}
                    </span>
                  ) : (
                    <Missing label="non précisé" />
                  )}
                </td>
                <td className="tabular py-2 pr-3 text-right">{waveShortLabel(row.wave)}</td>
                <FigureTd cell={row.members} />
                <FigureTd cell={row.employment} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.pageCount > 1 ? <Pager table={table} pageHref={pageHref} onPage={onPage} /> : null}
    </div>
  );
}

/**
 * Previous and next page, as links: they work without JavaScript (the server reads `page`), and
 * with it they change the page in place.
 */
function Pager({ table, pageHref, onPage }: Pick<Props, 'table' | 'pageHref' | 'onPage'>) {
  const { page, pageCount, first, last, total } = table;
  const link = (target: number, rel: 'prev' | 'next', text: string) => (
    <a
      href={pageHref(target)}
      rel={rel}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onPage(target);
      }}
      className="rounded border border-ink px-3 py-1 font-semibold no-underline hover:bg-paper"
    >
      {text}
    </a>
  );
  return (
    <nav aria-label="Pages du tableau" className="flex flex-wrap items-center justify-between gap-3 text-sm print:hidden">
      {page > 1 ? link(page - 1, 'prev', '← Page précédente') : <span />}
      <p className="tabular" aria-live="polite">
        Page {formatNumber(page)} sur {formatNumber(pageCount)} · grappes {formatNumber(first)} à {formatNumber(last)} sur{' '}
        {formatNumber(total)}
      </p>
      {page < pageCount ? link(page + 1, 'next', 'Page suivante →') : <span />}
    </nav>
  );
}

function FigureTd({ cell }: { cell: FigureCell }) {
  return (
    <td className="py-2 pr-3 text-right">
      {cell ? (
        <>
          <span className="tabular font-semibold">{cell.text}</span>
          <span className="block text-xs text-muted">{cell.detail}</span>
        </>
      ) : (
        <Missing />
      )}
    </td>
  );
}

function Missing({ label = 'non communiqué' }: { label?: string }) {
  return <span className="italic text-muted">{label}</span>;
}
