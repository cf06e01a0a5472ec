// What caches may keep of the embeds' companions: the oEmbed answers and the sizing script.
import type { Reply } from './answers';

export const EMBED_CACHE_POLICIES = {
  /**
   * An oEmbed answer depends on its query and the dataset alone: an hour in a browser and a shared
   * cache, which a new deployment purges, and served stale while it is asked again.
   */
  oembed: 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400',
  /** `/integrer.js?v=<its hash>`: that URL's content never changes. */
  versionedScript: 'public, max-age=31536000, immutable',
  /** `/integrer.js` without its hash (or an old one): the script of the day, asked again within minutes. */
  latestScript: 'public, max-age=300, stale-while-revalidate=86400',
} as const;

/** A reply sent under one of these policies instead of its own (an error keeps its `no-store`). */
export function withPolicy(reply: Reply, policy: keyof typeof EMBED_CACHE_POLICIES): Reply {
  if (reply.status >= 400) return reply;
  return { ...reply, headers: { ...reply.headers, 'Cache-Control': EMBED_CACHE_POLICIES[policy] } };
}
