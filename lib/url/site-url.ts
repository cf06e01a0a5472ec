// The site's public address, from the SITE_URL setting: the absolute links a page gives to other
// sites (social cards, the embed code, oEmbed answers). Read at build time for the pages drawn then.

/** Where `npm start` serves the site when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The site's origin and base path, without a trailing slash. A SITE_URL that is not an absolute
 * http(s) URL is a setting error, named as such.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: « ${raw} » n'est pas une adresse absolue (exemple : https://grappes.example.fr)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL: « ${raw} » doit commencer par http:// ou https://`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** An address of the site (`/grappes/x`, `/export/membres.png?…`) made absolute. */
export function absoluteUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return `${siteUrl(env)}${path.startsWith('/') ? path : `/${path}`}`;
}
