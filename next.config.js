// Next.js configuration: no framework banner; chart exports served from stable /export/ URLs; a
// self-contained server folder for deployment on demand.
/** @type {import('next').NextConfig} */
const nextConfig = {
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
      './node_modules/geist/dist/fonts/geist-sans/Geist-{Regular,SemiBold,Bold}.ttf',
      './node_modules/@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
    ],
    '/**': ['./data/clusters.json'],
  },
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    // /export/membres.png?… is drawn by a Pages Router API route (see pages/api/export/[file].ts).
    return [{ source: '/export/:file', destination: '/api/export/:file' }];
  },
};

module.exports = nextConfig;
