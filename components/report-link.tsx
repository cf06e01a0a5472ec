'use client';
// "Tout exporter": one plain link to the view's report ZIP (every chart in every format, its text
// alternative and an index), which works without JavaScript; dated like the export menu's links.
import { reportUrl } from '@/lib/url/paths';
import { readerToday } from './reader-today';
import { useBrowserValue } from './use-browser-value';

type Props = { sectors?: string[]; highlight?: string | null; serverDate: string };

export function ReportLink({ sectors = [], highlight = null, serverDate }: Props) {
  const date = useBrowserValue(readerToday, serverDate);
  const id = `rapport-${highlight ?? 'vue'}-aide`;
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm print:hidden">
      <a href={reportUrl({ sectors, highlight, date })} download aria-describedby={id} className="rounded border border-ink px-3 py-1 font-semibold no-underline hover:bg-paper">
        Tout exporter
      </a>
      <span id={id} className="text-muted">
        Un fichier ZIP : chaque graphique en PNG (web et impression), SVG, PDF et CSV, son texte alternatif, et un index.
      </span>
    </p>
  );
}
