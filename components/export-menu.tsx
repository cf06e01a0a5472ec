'use client';
// "Exporter": the chart as PNG (web, or print sizes at 300 dpi), SVG, PDF or CSV, from stable server URLs.
import { Fragment, useRef } from 'react';
import { CUSTOM_WIDTH, exportChoices } from '@/lib/export/menu-choices';
import { exportFileName } from '@/lib/export/request';
import { exportUrl } from '@/lib/url/paths';
import type { ChartId } from '@/lib/view/charts/spec';
import { AltTextCopy } from './alt-text-copy';
import { readerToday } from './reader-today';
import { useBrowserValue } from './use-browser-value';

const GROUPS = exportChoices();

type Props = { chart: ChartId; title: string; altText: string; sectors: string[]; highlight: string | null; serverDate: string | null };

export function ExportMenu({ chart, title, altText, sectors, highlight, serverDate }: Props) {
  const date = useBrowserValue<string | null>(readerToday, serverDate);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <details ref={menu} className="group shrink-0 text-sm sm:relative print:hidden">
      <summary className="cursor-pointer list-none rounded border border-ink px-3 py-1 font-semibold hover:bg-paper">
        Exporter<span className="sr-only"> « {title} »</span> <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-1 w-80 max-sm:max-w-full rounded border border-rule bg-surface py-1 shadow-lg" aria-label={`Exporter « ${title} »`}>
        {GROUPS.map((group, g) => (
          <Fragment key={g}>
            {group.heading ? <li className="border-t border-rule px-3 pb-1 pt-2 text-xs font-semibold uppercase text-muted">{group.heading}</li> : null}
            {group.rows.map((row, r) =>
              row.caption ? (
                <li key={r} className="flex flex-wrap items-baseline gap-x-3 px-3 py-1">
                  <span className="w-full">{row.caption}</span>
                  {row.choices.map((choice) => (
                    <ChoiceLink key={choice.name} chart={chart} choice={choice} view={{ sectors, highlight, date }} onChoose={close} className="underline" />
                  ))}
                </li>
              ) : (
                row.choices.map((choice) => (
                  <li key={choice.name}>
                    <ChoiceLink chart={chart} choice={choice} view={{ sectors, highlight, date }} onChoose={close} className="block px-3 py-2 no-underline hover:bg-paper focus:bg-paper" />
                  </li>
                ))
              ),
            )}
          </Fragment>
        ))}
        <li className="border-t border-rule px-3 py-2">
          <CustomWidthForm chart={chart} view={{ sectors, highlight, date }} onChoose={close} />
        </li>
        <li className="border-t border-rule px-3 py-2">
          <AltTextCopy id={`${chart}-texte-alternatif`} text={altText} />
        </li>
      </ul>
    </details>
  );
}

type LinkProps = {
  chart: ChartId;
  choice: (typeof GROUPS)[number]['rows'][number]['choices'][number];
  view: { sectors: string[]; highlight: string | null; date: string | null };
  onChoose: () => void;
  className: string;
};

function ChoiceLink({ chart, choice, view, onChoose, className }: LinkProps) {
  const request = { chart, ...choice.request, ...view };
  return (
    <a
      href={exportUrl(chart, choice.request.format, request)}
      download={exportFileName(request)}
      aria-label={choice.name === choice.text ? undefined : choice.name}
      onClick={onChoose}
      className={className}
    >
      {choice.text}
    </a>
  );
}

type FormProps = { chart: ChartId; view: LinkProps['view']; onChoose: () => void };

/**
 * A print width of the reader's own, in mm or px: a GET form to the export URL, so it works without
 * JavaScript; the file opens in a new tab. Its hidden fields are the view's, as the links carry them.
 */
function CustomWidthForm({ chart, view, onChoose }: FormProps) {
  const id = `${chart}-largeur-libre`;
  const hidden = [...new URL(exportUrl(chart, 'png', view), 'http://localhost').searchParams];
  return (
    <form action={exportUrl(chart, 'png', {})} method="get" target="_blank" onSubmit={onChoose} className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {CUSTOM_WIDTH.label}
      </label>
      <span id={`${id}-aide`} className="text-xs text-muted">
        {CUSTOM_WIDTH.hint}
      </span>
      <span className="flex items-center gap-2">
        <input
          id={id}
          name="largeur"
          required
          pattern={CUSTOM_WIDTH.pattern}
          placeholder={CUSTOM_WIDTH.placeholder}
          aria-describedby={`${id}-aide`}
          className="w-28 rounded border border-muted px-2 py-1"
        />
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className="rounded border border-ink px-2 py-1 font-semibold hover:bg-paper">
          PNG<span className="sr-only"> à cette largeur</span>
        </button>
        <button type="submit" formAction={exportUrl(chart, 'pdf', {})} className="rounded border border-ink px-2 py-1 font-semibold hover:bg-paper">
          PDF<span className="sr-only"> à cette largeur</span>
        </button>
      </span>
    </form>
  );
}
