// Where every figure comes from: the article, what is unknown about it, and the public sources of the context.
import { Fragment } from 'react';
import type { Dataset } from '@/lib/data/schema';
import { formatDate } from '@/lib/format/french';
import { sourceCitationLink, type SourceCitationLink } from '@/lib/view/public-sources';

export function SourceCitation({ dataset }: { dataset: Dataset }) {
  const { source, context } = dataset;
  return (
    // At the page's foot: laid out and painted only as it comes near (printed whole).
    <section aria-labelledby="titre-sources" className="flex flex-col gap-3 border-t border-rule pt-6 text-sm [content-visibility:auto] [contain-intrinsic-size:auto_500px] print:[content-visibility:visible]">
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
                  (
                  {fact.sources.map((source, index) => (
                    <Fragment key={`${source.publisher}-${source.title}`}>
                      {index > 0 ? ' ; ' : null}
                      <PublicSourceCitation link={sourceCitationLink(source)} />
                    </Fragment>
                  ))}
                  )
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

/** Links to another site open in a new tab, as a source cited in an article does, without giving it this page (noopener). */
function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener" className="underline underline-offset-2 hover:text-ink">
      {children}
      <span className="sr-only"> (nouvel onglet)</span>
    </a>
  );
}

function PublicSourceCitation({ link }: { link: SourceCitationLink }) {
  const publisher = link.siteHref ? <ExternalLink href={link.siteHref}>{link.publisher}</ExternalLink> : link.publisher;
  const title = link.pageHref ? <ExternalLink href={link.pageHref}>« {link.title} »</ExternalLink> : `« ${link.title} »`;
  return (
    <>
      {publisher}, {title}
    </>
  );
}
