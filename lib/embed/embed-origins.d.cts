/** The CSP `frame-ancestors` source list from EMBED_ORIGINS (see embed-origins.cjs). */
export function embedFrameAncestors(env?: Record<string, string | undefined>): string;
