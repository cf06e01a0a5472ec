// Next.js configuration: security headers on every response, chart exports from stable /export/ URLs.
/** The phase `next dev` runs in (next/constants' PHASE_DEVELOPMENT_SERVER). */
const PHASE_DEVELOPMENT_SERVER = 'phase-development-server';

/**
 * As strict as static rendering allows: every page is prerendered, so scripts cannot carry a
 * per-request nonce, and Next's inline bootstrap scripts need 'unsafe-inline'. No third-party origin.
 * The dev server also needs eval and its websocket.
 */
function contentSecurityPolicy(dev) {
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
    "frame-ancestors 'none'",
  ].join('; ');
}

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => ({
  // Test datasets are built beside the real one (scripts/build-fixtures.ts), each in its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy(phase === PHASE_DEVELOPMENT_SERVER) },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
  async rewrites() {
    // /export/membres.png?… is drawn by a Pages Router API route (see pages/api/export/[file].ts).
    return [{ source: '/export/:file', destination: '/api/export/:file' }];
  },
});
