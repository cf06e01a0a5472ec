import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EMBED_HEADER, markEmbed } from './embed-header';

const requestFor = (url: string, headers: Record<string, string> = {}) => ({ url, headers: { ...headers } }) as IncomingMessage;
/** A stand-in for the embed's key: the chart and its `secteur`, none for an unknown chart. */
const segmentOf = (chart: string, params: URLSearchParams) => (chart === 'carte' ? null : `${chart}:${params.get('secteur') ?? 'tout'}`);
const nextConfig = (phase: string) => createRequire(import.meta.url)('../../next.config.js')(phase);

/** The config's headers as they are with this EMBED_ORIGINS (read when the headers are asked for). */
async function headersWith(embedOrigins: string) {
  const saved = process.env.EMBED_ORIGINS;
  process.env.EMBED_ORIGINS = embedOrigins;
  try {
    return await nextConfig('phase-production-build').headers();
  } finally {
    if (saved === undefined) delete process.env.EMBED_ORIGINS;
    else process.env.EMBED_ORIGINS = saved;
  }
}

describe('markEmbed', () => {
  it('names the embed of a request for /integrer/<chart>', () => {
    const request = requestFor('/integrer/emplois?secteur=plasturgie');
    markEmbed(request, segmentOf);
    expect(request.headers[EMBED_HEADER]).toBe('emplois:plasturgie');
  });

  it('removes what a client sent, and names nothing for a refused URL or another path', () => {
    for (const url of ['/integrer/carte', '/integrer/membres/tout', '/integrer', '/', '/integrer.js', '/integrer/%E0']) {
      const request = requestFor(url, { [EMBED_HEADER]: 'membres:numerique' });
      markEmbed(request, segmentOf);
      expect(request.headers[EMBED_HEADER], url).toBeUndefined();
    }
  });
});

describe('next.config.js for embeds', () => {
  it('rewrites an embed by the header to its kept rendering, and anything else under /integrer/ to the 404 page', async () => {
    const { beforeFiles } = await nextConfig('phase-production-build').rewrites();
    expect(beforeFiles).toContainEqual({ source: '/integrer/:chart', has: [{ type: 'header', key: EMBED_HEADER, value: '(?<vue>.+)' }], destination: '/integrer/:chart/:vue' });
    expect(beforeFiles).toContainEqual({ source: '/integrer/:path*', missing: [{ type: 'header', key: EMBED_HEADER }], destination: '/grappes/-/-' });
    // The dev server has no hook: it renders the embeds itself.
    const dev = await nextConfig('phase-development-server').rewrites();
    expect(dev.beforeFiles.some((rule: { missing?: unknown; source: string }) => rule.source === '/integrer/:path*')).toBe(false);
  });

  it('lets only embeds be framed, by the origins of EMBED_ORIGINS', async () => {
    const rules: Array<{ source: string; headers: Array<{ key: string; value: string }> }> = await headersWith('https://www.journal.fr,https://*.journal.fr');
    const site = rules.find((rule) => rule.source === '/:path((?!integrer/).*)')!;
    const embeds = rules.find((rule) => rule.source === '/integrer/:path*')!;
    const value = (rule: typeof site, key: string) => rule.headers.find((h) => h.key === key)?.value;
    expect(value(site, 'X-Frame-Options')).toBe('DENY');
    expect(value(site, 'Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(value(embeds, 'X-Frame-Options')).toBeUndefined();
    expect(value(embeds, 'Content-Security-Policy')).toContain('frame-ancestors https://www.journal.fr https://*.journal.fr');
    // Otherwise as strict as every page.
    expect(value(embeds, 'Content-Security-Policy')!.replace(/frame-ancestors [^;]*/, '')).toBe(value(site, 'Content-Security-Policy')!.replace(/frame-ancestors [^;]*/, ''));
  });
});
