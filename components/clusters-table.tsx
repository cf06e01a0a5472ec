'use client';
// The accessible alternative to the charts: every cluster and its figures, sortable by column.
import Link from 'next/link';
import { useState } from 'react';
import { sortRows, type ClusterRow, type FigureCell, type SortColumn, type SortDirection } from '@/lib/table';

const COLUMNS: Array<{ id: SortColumn; label: string; numeric?: boolean }> = [
  { id: 'name', label: 'Grappe' },
  { id: 'town', label: 'Lieu' },
  { id: 'sector', label: 'Secteur' },
  { id: 'wave', label: 'Vague', numeric: true },
  { id: 'members', label: 'Membres', numeric: true },
  { id: 'employment', label: 'Emplois', numeric: true },
];

export function ClustersTable({ rows, caption }: { rows: ClusterRow[]; caption: string }) {
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: 'name',
    direction: 'ascending',
  });
  const sorted = sortRows(rows, sort.column, sort.direction);
  const toggle = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="mb-2 text-left text-muted">{caption}</caption>
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
                  onClick={() => toggle(column.id)}
                  className="inline-flex items-center gap-1 hover:underline"
                >
                  {column.label}
                  <span aria-hidden="true" className="text-muted">
                    {sort.column === column.id ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.slug} className="border-b border-rule align-top">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <Link href={`/grappes/${row.slug}`} className="font-semibold underline">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-3">{row.town ?? <Missing label="non précisé" />}</td>
              <td className="py-2 pr-3">
                {row.sector ? (
                  <span className="inline-flex items-center gap-1.5">
                    <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: row.sectorColor }} />
                    {row.sector}
                  </span>
                ) : (
                  <Missing label="non précisé" />
                )}
              </td>
              <td className="tabular py-2 pr-3 text-right">{row.wave === 1 ? '1re (2010)' : '2e (2011)'}</td>
              <FigureTd cell={row.members} />
              <FigureTd cell={row.employment} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
