// One figure of a cluster: value, what it counts, its scope, and the article's words; or "non communiqué".
import type { FigureView } from '@/lib/view/cluster-page';

export function FigureCard({ figure }: { figure: FigureView }) {
  const titleId = `chiffre-${figure.key}`;
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2 rounded-md border border-rule bg-surface p-4" data-figure={figure.key}>
      <h3 id={titleId} className="text-sm font-semibold uppercase tracking-wide text-muted">
        {figure.label}
      </h3>
      {figure.value === null ? (
        <>
          <p className="font-serif text-2xl italic text-muted">non communiqué</p>
          <p className="text-sm text-muted">L&apos;article ne donne pas ce chiffre.</p>
        </>
      ) : (
        <>
          <p>
            <span className="tabular font-serif text-3xl font-semibold">{figure.value}</span>{' '}
            <span className="text-lg">{figure.counts}</span>
          </p>
          <p className="text-sm">
            <span className="font-semibold">Périmètre : {figure.scope}.</span> {figure.scopeDescription}
          </p>
          {figure.approximation ? <p className="text-sm">{figure.approximation}</p> : null}
          {figure.caveat ? <p className="rounded bg-paper p-2 text-sm">{figure.caveat}</p> : null}
          <blockquote className="border-l-4 border-rule pl-3 text-sm italic">« {figure.quote} »</blockquote>
        </>
      )}
    </section>
  );
}
