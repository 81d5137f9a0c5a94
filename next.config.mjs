// @ts-check
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
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

/**
 * Without SITE_URL the build writes no absolute URL (canonical and hreflang stay relative, og:url and the
 * robots.txt Sitemap line are left out, the sitemap lists paths), so say so once, loudly.
 */
function warnWithoutSiteUrl() {
  if (process.env.SITE_URL?.trim() || process.env.SITE_URL_WARNED) return;
  process.env.SITE_URL_WARNED = "1";
  const line = "!".repeat(78);
  console.warn(
    [
      "",
      line,
      "!! SITE_URL is not set: this build has no absolute URLs.",
      "!! Canonical and hreflang links are relative, og:url and the robots.txt Sitemap line are left out, and",
      "!! sitemap.xml lists paths, which search engines do not accept. For a public site, build with",
      "!!   SITE_URL=https://your.domain npm run build",
      line,
      "",
    ].join("\n"),
  );
}

/** @param {string} phase */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) warnWithoutSiteUrl();
  return nextConfig;
}
