// Runs once when the server starts (Next.js instrumentation hook).

/** What the prepared pages may weigh together: every canonical view and cluster page many times over. */
const PREPARED_PAGES_BYTES = 64 * 1024 * 1024;

export async function register() {
  // The dev server's own tools post to it; the hooks are for the production server (the dev
  // server renders every overview URL itself), and the edge runtime has no node:http.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const [
      { guardHttpMethods },
      { addRequestHook },
      { markView },
      { getDataset },
      { viewSegment },
      { markEmbed },
      { embedSegment },
      { PreparedBodies },
      { servePreparedPages },
    ] = await Promise.all([
      import('./lib/http/method-guard'),
      import('./lib/http/request-hooks'),
      import('./lib/http/view-header'),
      import('./lib/data/load'),
      import('./lib/url/view-key'),
      import('./lib/http/embed-header'),
      import('./lib/embed/embed-view'),
      import('./lib/http/prepared-pages'),
      import('./lib/http/prepared-page-hook'),
    ]);
    guardHttpMethods();
    const dataset = getDataset();
    addRequestHook('view-header', (request) => {
      markView(request, (params) => viewSegment(params, dataset));
      return false;
    });
    const known = { sectorIds: dataset.sectors.map((s) => s.id), clusterSlugs: dataset.clusters.map((c) => c.slug) };
    addRequestHook('embed-header', (request) => {
      markEmbed(request, (chart, params) => embedSegment(chart, params, known));
      return false;
    });
    // Pages kept by Next.js are sent from bytes prepared once (ETag, gzip): next.config.js turns
    // off Next.js's own ETags, which it would compute again on every request.
    const bodies = new PreparedBodies(PREPARED_PAGES_BYTES);
    addRequestHook('prepared-pages', (request, response) => {
      servePreparedPages(request, response, bodies);
      return false;
    });
  }
}
