// The metadata of an embed's page: its title, and its oEmbed discovery link.
import type { Dataset } from '../data/schema';
import { absoluteUrl, siteUrl } from '../url/site-url';
import { embedChartSpec, embedTitle } from './embed-chart';
import { embedPath, type EmbedView } from './embed-view';
import { embedOfUrl, oembedAlternates } from './oembed';

export function embedMetadata(dataset: Dataset, view: EmbedView) {
  const title = embedTitle(embedChartSpec(dataset, view));
  return {
    title: { absolute: title },
    alternates: oembedAlternates(siteUrl(), absoluteUrl(embedPath(view)), title),
    // The chart's own page is the overview or the cluster's: the frame alone is not for search engines.
    robots: { index: false, follow: true },
  };
}

/**
 * The discovery link of a page of the site (`/`, `/?secteur=…`, `/grappes/<slug>`): the oEmbed
 * answer for its address, titled as that answer is (its first chart). Undefined when the address
 * stands for no chart (a filter the page only comments on).
 */
export function pageOembedAlternates(dataset: Dataset, pagePath: string) {
  const site = siteUrl();
  const pageUrl = absoluteUrl(pagePath);
  const view = embedOfUrl(new URL(pageUrl), dataset, { siteUrl: site, requestOrigin: site });
  return view ? oembedAlternates(site, pageUrl, embedTitle(embedChartSpec(dataset, view))) : undefined;
}
