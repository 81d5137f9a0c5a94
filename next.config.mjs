// @ts-check
/**
 * `next build && next start` is the main way to serve (security headers below apply there).
 * `npm run export` sets STATIC_EXPORT=1 and writes a static site to out/ for S3 + CloudFront or any CDN;
 * configure the same headers on the CDN (see README).
 */
const staticExport = process.env.STATIC_EXPORT === "1";

/**
 * Only what the site uses: its own scripts, styles, images and fetches (the search index).
 * 'unsafe-inline' for scripts is needed by prerendered App Router pages (the inline RSC payload and
 * the no-flash theme script) because nonces would make every page dynamic; no third-party origin is allowed.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A static export writes ja/index.html so plain S3 website hosting serves /ja/ without rewrites.
  trailingSlash: staticExport,
  // One bilingual 404 for paths outside /ja and /en (each locale also has its own not-found page).
  experimental: { globalNotFound: true },
  ...(staticExport
    ? { output: "export", images: { unoptimized: true } }
    : {
        async headers() {
          return [{ source: "/:path*", headers: securityHeaders }];
        },
      }),
};

export default nextConfig;
