// Where every figure comes from: the article, what is unknown about it, and the public sources of the context.
import type { Dataset } from '@/lib/data/schema';
import { formatDate } from '@/lib/format/french';

export function SourceCitation({ dataset }: { dataset: Dataset }) {
  const { source, context } = dataset;
  return (
    <section aria-labelledby="titre-sources" className="flex flex-col gap-3 border-t border-rule pt-6 text-sm">
      <h2 id="titre-sources" className="font-serif text-xl font-semibold">
        Sources
      </h2>
      <p>
        {source.kind} : « {source.title} », rubrique {source.section}, signé {source.byline} ; photo {source.photoCredit}.{' '}
        {source.printedDate
          ? `Paru le ${formatDate(source.printedDate)}.`
          : `Date non imprimée : vers le ${formatDate(source.estimatedDate)}.`}{' '}
        {source.dateReasoning}
      </p>
      <TitledList title="Ce que la source ne dit pas" items={source.unknown} />
      <TitledList title="Corrections" items={source.corrections} />
      {context.length > 0 ? (
        <div>
          <h3 className="font-semibold">Contexte, d&apos;après des sources publiques</h3>
          <ul className="list-disc pl-5">
            {context.map((fact) => (
              <li key={fact.id}>
                {fact.statement}{' '}
                <span className="text-muted">
                  ({fact.sources.map((s) => `${s.publisher}, « ${s.title} »`).join(' ; ')})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function TitledList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      <ul className="list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
