'use client';
// "Exporter": the chart as PNG (web or print), SVG, PDF or CSV, from stable server URLs.
import { useRef } from 'react';
import { exportFileName } from '@/lib/export/request';
import { exportUrl, type ExportFormat } from '@/lib/url/paths';
import type { ChartId } from '@/lib/view/charts/spec';
import { useBrowserValue } from './use-browser-value';

const CHOICES: Array<{ label: string; format: ExportFormat; scale?: number }> = [
  { label: 'PNG pour le web (1 200 px de large)', format: 'png', scale: 1 },
  { label: "PNG pour l'impression (3 600 px, A4)", format: 'png', scale: 3 },
  { label: 'SVG vectoriel, pour la mise en page', format: 'svg' },
  { label: 'PDF vectoriel', format: 'pdf' },
  { label: 'CSV des données du graphique', format: 'csv' },
];

/**
 * Today in the reader's time zone (YYYY-MM-DD); unknown on the server, so that no date is baked into
 * the HTML. Read from the Date's fields: a locale formatter would load locale data while the page hydrates.
 */
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

type Props = { chart: ChartId; title: string; sectors: string[]; highlight: string | null };

export function ExportMenu({ chart, title, sectors, highlight }: Props) {
  const date = useBrowserValue<string | null>(today, null);
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={menu} className="group relative shrink-0 text-sm">
      <summary className="cursor-pointer list-none rounded border border-ink px-3 py-1 font-semibold hover:bg-paper">
        Exporter<span className="sr-only"> « {title} »</span> <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-72 rounded border border-rule bg-white py-1 shadow-lg" aria-label={`Exporter « ${title} »`}>
        {CHOICES.map((choice) => {
          const request = { chart, format: choice.format, scale: choice.scale ?? 1, sectors, highlight, date };
          return (
            <li key={choice.label}>
              <a
                href={exportUrl(chart, choice.format, request)}
                download={exportFileName(request)}
                onClick={() => {
                  if (menu.current) menu.current.open = false;
                }}
                className="block px-3 py-2 no-underline hover:bg-paper focus:bg-paper"
              >
                {choice.label}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
