'use client';
// "Intégrer": the code that shows this chart, in this view, inside an article, and the links to copy.
import { useId, useRef, useState } from 'react';
import { embedPath } from '@/lib/embed/embed-view';
import { embedTitle } from '@/lib/embed/embed-chart';
import { embedSnippet } from '@/lib/embed/snippet';
import { siteUrl } from '@/lib/url/site-url';
import type { ChartSpec } from '@/lib/view/charts/spec';
import { useBrowserValue } from './use-browser-value';

/**
 * The site's address in the server's HTML: SITE_URL as the build saw it (next.config.js passes it
 * to both bundles, so that hydration reads the same); once the page runs, the address it was loaded from.
 */
const SERVER_ORIGIN = siteUrl({ SITE_URL: process.env.SITE_URL });
const browserOrigin = () => window.location.origin;

type Props = { spec: Pick<ChartSpec, 'id' | 'title' | 'subtitle' | 'bars'>; sectors: string[]; highlight: string | null };

export function EmbedMenu({ spec, sectors, highlight }: Props) {
  const origin = useBrowserValue(browserOrigin, SERVER_ORIGIN);
  const path = embedPath({ chart: spec.id, sectors, highlight, theme: null });
  const snippet = embedSnippet({ origin, embedPath: path, title: embedTitle(spec) });
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);

  const copy = async (text: string, confirmation: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(confirmation);
    } catch {
      // No clipboard (an insecure page, a refusal): the code is selected, for Ctrl+C.
      snippetField.current?.select();
      setCopied('Copie impossible : le code est sélectionné, copiez-le avec Ctrl+C');
    }
  };

  return (
    <details className="shrink-0 text-sm sm:relative print:hidden" onToggle={() => setCopied(null)}>
      <summary className="cursor-pointer list-none rounded border border-ink px-3 py-1 font-semibold hover:bg-paper">
        Intégrer<span className="sr-only"> « {spec.title} »</span> <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex w-80 max-sm:max-w-full flex-col gap-2 rounded border border-rule bg-surface p-3 shadow-lg" role="group" aria-label={`Intégrer « ${spec.title} »`}>
        <label htmlFor={`${id}-code`} className="font-semibold">
          Code à coller dans l&apos;article
        </label>
        <textarea
          id={`${id}-code`}
          ref={snippetField}
          readOnly
          rows={6}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full resize-none rounded border border-muted p-2 font-mono text-xs"
        />
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => copy(snippet, 'Copié')} className="rounded border border-ink px-2 py-1 font-semibold hover:bg-paper">
            Copier<span className="sr-only"> le code de « {spec.title} »</span>
          </button>
          <button
            type="button"
            onClick={() => copy(window.location.href, 'Lien copié')}
            className="rounded border border-ink px-2 py-1 font-semibold hover:bg-paper"
          >
            Copier le lien<span className="sr-only"> de cette page</span>
          </button>
          <span role="status" aria-live="polite" className="font-semibold">
            {copied}
          </span>
        </div>
        <a href={origin + path} target="_blank" rel="noopener" className="underline">
          Le graphique seul, à cette adresse
        </a>
      </div>
    </details>
  );
}
