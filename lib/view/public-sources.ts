// How a public source of the context is cited: its title, its publisher, and where a reader can
// follow it. The dataset gives a page's address when the newsroom has it; a publisher named by its
// domain ("villesdefrance.fr") is a site a reader can open, so it is linked to that site, and never
// to a made-up page.
import type { PublicSource } from '../data/schema';

export type SourceCitationLink = {
  publisher: string;
  title: string;
  /** The page itself, when the dataset gives it. */
  pageHref: string | null;
  /** The publisher's site, when the publisher is named by its domain. */
  siteHref: string | null;
};

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/;

/** "https://villesdefrance.fr/" for "villesdefrance.fr"; null for "rapport d'évaluation". */
export function publisherSite(publisher: string): string | null {
  const name = publisher.trim().toLowerCase();
  return DOMAIN.test(name) ? `https://${name}/` : null;
}

export function sourceCitationLink(source: PublicSource): SourceCitationLink {
  return {
    publisher: source.publisher,
    title: source.title,
    pageHref: source.url ?? null,
    siteHref: publisherSite(source.publisher),
  };
}
