'use client';
// "Texte alternatif" in the export menu: the chart's text alternative, to read or copy into a CMS.
import { useState } from 'react';

type Props = { id: string; text: string };

/** The text in a read-only field (selectable without JavaScript) and a "Copier" button with its confirmation, said aloud. */
export function AltTextCopy({ id, text }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Texte alternatif copié.');
    } catch {
      setStatus('Copie impossible : sélectionnez le texte et copiez-le.');
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        Texte alternatif
      </label>
      <textarea id={id} readOnly value={text} rows={6} className="w-full resize-y rounded border border-muted p-2 text-xs" />
      <span className="flex items-center gap-2">
        <button type="button" onClick={copy} className="rounded border border-ink px-2 py-1 font-semibold hover:bg-paper">
          Copier<span className="sr-only"> le texte alternatif</span>
        </button>
        <span role="status" aria-live="polite" className="text-xs">
          {status}
        </span>
      </span>
    </div>
  );
}
