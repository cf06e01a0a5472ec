// Next.js configuration: no framework banner; chart exports served from stable /export/ URLs.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    // /export/membres.png?… is drawn by a Pages Router API route (see pages/api/export/[file].ts).
    return [{ source: '/export/:file', destination: '/api/export/:file' }];
  },
};

module.exports = nextConfig;
