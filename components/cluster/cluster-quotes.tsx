// What the article says of a cluster, in its own words, and who speaks for it.
import type { Cluster } from '@/lib/data/schema';

export function ClusterQuotes({ cluster }: { cluster: Cluster }) {
  return (
    <section aria-labelledby="titre-citation" className="flex flex-col gap-3">
      <h2 id="titre-citation" className="font-serif text-2xl font-semibold">
        Ce qu&apos;en dit l&apos;article
      </h2>
      <blockquote className="max-w-3xl border-l-4 border-rule pl-4 italic">« {cluster.mentionQuote} »</blockquote>
      {cluster.people.map((person) => (
        <div key={person.name} className="max-w-3xl">
          <p className="font-semibold">
            {person.name}
            <span className="font-normal text-muted">
              , {person.role ?? "fonction non précisée dans l'article"}
            </span>
          </p>
          {person.quotes.map((quote) => (
            <blockquote key={quote} className="mt-1 border-l-4 border-accent pl-4">
              « {quote} »
            </blockquote>
          ))}
        </div>
      ))}
    </section>
  );
}
