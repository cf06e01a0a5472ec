import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { markView, VIEW_HEADER } from './view-header';

const requestFor = (url: string, headers: Record<string, string> = {}) => ({ url, headers: { ...headers } }) as IncomingMessage;
/** A stand-in for the view key: the query's `secteur`, "tout" without one, none for "inconnu". */
const segmentOf = (params: URLSearchParams) => (params.get('secteur') === 'inconnu' ? null : (params.get('secteur') ?? 'tout'));

describe('markView', () => {
  it('names the view of a request for the overview', () => {
    const request = requestFor('/?secteur=plasturgie');
    markView(request, segmentOf);
    expect(request.headers[VIEW_HEADER]).toBe('plasturgie');
    const home = requestFor('/');
    markView(home, segmentOf);
    expect(home.headers[VIEW_HEADER]).toBe('tout');
  });

  it('removes what a client sent, so that a URL alone decides its answer', () => {
    for (const url of ['/?secteur=inconnu', '/grappes/nord-package', '/vues/tout', '/api/grappes?secteur=plasturgie']) {
      const request = requestFor(url, { [VIEW_HEADER]: 'secteur=numerique' });
      markView(request, segmentOf);
      expect(request.headers[VIEW_HEADER], url).toBeUndefined();
    }
    const request = requestFor('/?secteur=plasturgie', { [VIEW_HEADER]: 'secteur=numerique' });
    markView(request, segmentOf);
    expect(request.headers[VIEW_HEADER]).toBe('plasturgie');
  });
});

describe('next.config.js', () => {
  it('rewrites the overview by the same header, and answers the renderings\' own paths with the 404 page', async () => {
    const config = createRequire(import.meta.url)('../../next.config.js')('phase-production-build');
    const { beforeFiles } = await config.rewrites();
    expect(beforeFiles.slice(0, 2)).toEqual([
      { source: '/', has: [{ type: 'header', key: VIEW_HEADER, value: '(?<vue>.+)' }], destination: '/vues/:vue' },
      { source: '/vues/:path*', missing: [{ type: 'header', key: VIEW_HEADER }], destination: '/grappes/-/-' },
    ]);
  });
});
