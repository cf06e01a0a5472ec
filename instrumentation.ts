// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  // The dev server's own tools post to it; the hooks are for the production server (the dev
  // server renders every overview URL itself), and the edge runtime has no node:http.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const [{ guardHttpMethods }, { addRequestHook }, { markView }, { getDataset }, { viewSegment }, { markEmbed }, { embedSegment }] = await Promise.all([
      import('./lib/http/method-guard'),
      import('./lib/http/request-hooks'),
      import('./lib/http/view-header'),
      import('./lib/data/load'),
      import('./lib/url/view-key'),
      import('./lib/http/embed-header'),
      import('./lib/embed/embed-view'),
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
  }
}
