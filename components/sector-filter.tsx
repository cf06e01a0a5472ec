'use client';
// The sector filter: a GET form that works without JavaScript, updated in place with it.
import type { SectorStyle } from '@/lib/view/sectors';
import { SECTOR_PARAM } from '@/lib/url/sector-filter';
import { joinFrench } from '@/lib/format/lists';
import { themedColor } from '@/lib/view/theme';
import { useBrowserValue } from './use-browser-value';

type Props = {
  sectors: SectorStyle[];
  selected: string[];
  countText: string;
  /** "7 de la deuxième vague, 2 de la première": the count in words that add up. */
  waveText: string;
  notice: string | null;
  /** The id of the element that shows the filtered charts, where the submit button leads once the page runs. */
  chartsId: string;
  onToggle: (id: string) => void;
  onReset: () => void;
};

export function SectorFilter({ sectors, selected, countText, waveText, notice, chartsId, onToggle, onReset }: Props) {
  // True once hydrated: each choice then applies at once, and the submit button only leads to the
  // charts it updated. It stays either way, so that the form always has a submit button the keyboard reaches.
  const interactive = useBrowserValue(() => true, false);
  const all = selected.length === 0;
  const chosen = sectors.filter((sector) => selected.includes(sector.id)).map((sector) => sector.label);
  return (
    <form
      action="/"
      method="get"
      onSubmit={(event) => {
        if (!interactive) return;
        event.preventDefault();
        const charts = document.getElementById(chartsId);
        charts?.focus();
        charts?.scrollIntoView({ block: 'start' });
      }}
      aria-labelledby="titre-filtre"
      className="flex flex-col gap-3 rounded-md border border-rule bg-surface p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="titre-filtre" className="font-serif text-lg font-semibold print:hidden">
          Filtrer par secteur
        </h2>
        {/* On paper the filter is a sentence: the choices and buttons are left out. */}
        <p className="hidden font-semibold print:block">{all || chosen.length === 0 ? 'Tous les secteurs' : `Secteurs : ${joinFrench(chosen)}`}</p>
        <p aria-live="polite" className="tabular text-sm">
          <span data-count>{countText}</span>
          {waveText ? <span> : {waveText}</span> : null}
        </p>
      </div>
      {notice ? (
        <p role="status" className="rounded border border-accent bg-paper p-2 text-sm">
          {notice}
        </p>
      ) : null}
      <fieldset className="flex flex-wrap gap-2 print:hidden">
        <legend className="sr-only">Secteurs</legend>
        <a
          href="/"
          aria-current={all ? 'true' : undefined}
          onClick={(event) => {
            event.preventDefault();
            onReset();
          }}
          className={`rounded-full border px-3 py-1 text-sm no-underline ${all ? 'border-ink bg-ink text-surface' : 'border-rule hover:border-ink'}`}
        >
          Tous les secteurs
        </a>
        {sectors.map((sector) => {
          const checked = selected.includes(sector.id);
          return (
            <label
              key={sector.id}
              className={`inline-flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${checked ? 'border-ink bg-paper font-semibold' : 'border-rule hover:border-ink'}`}
            >
              <input
                type="checkbox"
                name={SECTOR_PARAM}
                value={sector.id}
                checked={checked}
                onChange={() => onToggle(sector.id)}
                className="size-4 accent-ink"
              />
              <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: themedColor(sector.color) }} />
              {sector.label}
            </label>
          );
        })}
      </fieldset>
      <p className="print:hidden">
        <button type="submit" className="rounded border border-ink px-3 py-1 text-sm font-semibold hover:bg-paper">
          {interactive ? 'Afficher les graphiques' : 'Appliquer le filtre'}
        </button>
      </p>
    </form>
  );
}
