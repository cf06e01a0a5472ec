// Next.js configuration: security headers on every response, chart exports from stable /export/ URLs,
// and a self-contained server folder for deployment on demand.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, as Next.js loads it
const { embedFrameAncestors } = require('./lib/embed/embed-origins.cjs');

/** The request header that names a cached view of the overview (VIEW_HEADER of lib/http/view-header.ts). */
const VIEW_HEADER = 'x-grappes-vue';
/** The request header that names a cached embed (EMBED_HEADER of lib/http/embed-header.ts). */
const EMBED_HEADER = 'x-grappes-integration';
/** The phase `next dev` runs in (next/constants' PHASE_DEVELOPMENT_SERVER). */
const PHASE_DEVELOPMENT_SERVER = 'phase-development-server';

/**
 * As strict as static rendering allows: every page is prerendered, so scripts cannot carry a
 * per-request nonce, and Next's inline bootstrap scripts need 'unsafe-inline'. No third-party origin.
 * The dev server also needs eval and its websocket.
 */
function contentSecurityPolicy(dev, frameAncestors = "'none'") {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // Exported SVGs embed their fonts as data: URLs.
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Every response's headers but the framing rules, which only embeds relax. */
function commonHeaders(dev, frameAncestors) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev, frameAncestors) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** The font files of EXPORT_FONTS in lib/export/fonts.ts, which the exports and oEmbed's measures read. */
const EXPORT_FONT_FILES = [
  './node_modules/geist/dist/fonts/geist-sans/Geist-{Regular,SemiBold,Bold}.ttf',
  './node_modules/@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
];

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => ({
  // Test datasets are built beside the real one (scripts/build-fixtures.ts), each in its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // npm run build:standalone: `<distDir>/standalone/server.js` and only the files it needs, to copy
  // to a server without node_modules (see the README). Off otherwise: `next start` refuses to
  // serve a standalone build without a warning, and the tests and benchmarks run `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Files read at run time through paths the build cannot follow: the export's fonts, the dataset.
  outputFileTracingIncludes: {
    // The files of EXPORT_FONTS in lib/export/fonts.ts.
    '/api/export/*': [
      ...EXPORT_FONT_FILES,
      // The render pool's worker (lib/export/render-pool.ts), which Node loads by its path.
      './lib/export/render-worker.cjs',
    ],
    // The thumbnail's size is measured as the export lays it out (lib/embed/oembed.ts).
    '/oembed': EXPORT_FONT_FILES,
    '/**': ['./data/clusters.json'],
  },
  // Loaded by Node from node_modules, not bundled: piscina starts its threads from its own files, and
  // the render worker requires the others by name, so the standalone folder must hold them as packages.
  serverExternalPackages: ['piscina', '@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit', 'fontkit'],
  // The site's address as the build sees it, for the embed menu's snippet in both bundles
  // (components/embed-menu.tsx): the server's HTML and the hydrating browser then read the same.
  env: { SITE_URL: process.env.SITE_URL ?? '' },
  poweredByHeader: false,
  // Next.js would hash every page it sends for its ETag, on every request; the production server
  // tags the pages it keeps once instead (lib/http/prepared-pages.ts, from instrumentation.ts), and
  // the routes tag their own answers (lib/http/answers.ts).
  generateEtags: false,
  reactStrictMode: true,
  async headers() {
    const dev = phase === PHASE_DEVELOPMENT_SERVER;
    return [
      {
        // Every path but the embeds' refuses to be framed.
        source: '/:path((?!integrer/).*)',
        headers: [...commonHeaders(dev, "'none'"), { key: 'X-Frame-Options', value: 'DENY' }],
      },
      {
        // The embeds (app/integrer) are framed by the newspaper's pages: by the origins of
        // EMBED_ORIGINS (any, unset), with no X-Frame-Options, which cannot name them.
        source: '/integrer/:path*',
        headers: commonHeaders(dev, embedFrameAncestors()),
      },
      {
        // A request of the client router (header `RSC`) gets another body than the page's HTML
        // at the same URL, and Next.js answers some of them with a redirect that says neither:
        // a cache in front must key on these headers and never keep such a redirect for everyone.
        // Next.js's own Cache-Control and Vary replace these on the answers it renders itself.
        source: '/:path*',
        has: [{ type: 'header', key: 'rsc' }],
        headers: [
          { key: 'Vary', value: 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      },
    ];
  },
  async rewrites() {
    const dev = phase === PHASE_DEVELOPMENT_SERVER;
    return {
      // Before the pages, or `/` would be answered by app/(site)/page.tsx.
      beforeFiles: [
        // A request for the overview whose view has a rendering kept by its canonical query gets
        // that rendering (app/(site)/vues/[vue]); the production server names it in this header
        // (lib/http/view-header.ts, from instrumentation.ts). Otherwise app/(site)/page.tsx renders the URL.
        { source: '/', has: [{ type: 'header', key: VIEW_HEADER, value: '(?<vue>.+)' }], destination: '/vues/:vue' },
        // The kept renderings by their own path: the 404 page, so that made-up paths keep nothing.
        { source: '/vues/:path*', missing: [{ type: 'header', key: VIEW_HEADER }], destination: '/grappes/-/-' },
        // The same for an embed (app/integrer/[chart]/[vue]; lib/http/embed-header.ts): a URL the
        // hook refused (unknown chart, bad parameter) and the renderings' own paths get the 404 page.
        // The dev server has no hook, and renders embeds with app/integrer/[chart]/page.tsx.
        { source: '/integrer/:chart', has: [{ type: 'header', key: EMBED_HEADER, value: '(?<vue>.+)' }], destination: '/integrer/:chart/:vue' },
        ...(dev ? [] : [{ source: '/integrer/:path*', missing: [{ type: 'header', key: EMBED_HEADER }], destination: '/grappes/-/-' }]),
      ],
      afterFiles: [
        // /export/membres.png?… is drawn by a Pages Router API route (see pages/api/export/[file].ts).
        { source: '/export/:file', destination: '/api/export/:file' },
        // Browsers ask for /favicon.ico on pages that name no icon (a 404 rendered on demand).
        { source: '/favicon.ico', destination: '/icon.svg' },
      ],
    };
  },
});
