// Next.js configuration: no framework banner; chart exports served from stable /export/ URLs.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Test datasets are built beside the real one (scripts/build-fixtures.ts), each in its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    // /export/membres.png?… is drawn by a Pages Router API route (see pages/api/export/[file].ts).
    return [{ source: '/export/:file', destination: '/api/export/:file' }];
  },
};

module.exports = nextConfig;
