/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel work trees build side by side without sharing one .next folder. A build-tool
  // setting read before any app code loads, so not through lib/env.ts.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native and server-only packages are loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', '@prisma/schema-engine-wasm', 'pg', 'pg-boss'],
  poweredByHeader: false,
  // Types are checked once for the whole repository (app, sandbox, scripts) by `npm run typecheck`,
  // which the test suite runs before building; the build does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // No page needs the camera, microphone, location, payment or USB APIs (passkeys keep their default: this origin).
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
          // Other sites cannot hold a handle on our windows; the bank popup the app opens keeps its
          // opener (allow-popups), so its last page can report back.
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' },
        ],
      },
      {
        // The popup's own pages: they must stay reachable by the window that opened them after the
        // bank's pages (a stricter policy here would cut the popup off from its opener).
        source: '/(api/bank/callback|bank/done)',
        headers: [{ key: 'Cross-Origin-Opener-Policy', value: 'unsafe-none' }],
      },
      {
        // The bank's redirect carries a one-time code in its URL, and the popup's result page
        // follows it: neither may pass its URL on through Referer. (These headers are applied
        // over the route handler's own, so the handler's no-referrer alone is not enough.)
        source: '/api/bank/callback',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
      {
        source: '/bank/done',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
      {
        // A shared lending report: for the lender holding the link only, never indexed, cached or leaked by Referer.
        source: '/r/:path*',
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
    ];
  },
};

export default nextConfig;
