import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files from its own package folder at run time; playwright-core
  // (PDF reports) spawns a browser from its own folder.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "playwright-core"],
  poweredByHeader: false,
  // npm start's server compresses (scripts/compress-answers.mjs): JSON in one piece, pages as they stream.
  compress: false,
  // authInterrupts: admin pages answer a real 403 (forbidden()) to a role that may not use them.
  // bodySizeLimit: every server action's body (a questionnaire step posts a few kilobytes: short
  // texts of at most 200 characters and numbers). The 20 MB list upload is a route handler of its
  // own (app/api/v1/admin/imports), which counts its bytes and answers 413 itself.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
  // Render <title> and metadata in the first HTML for every client, not streamed in later: screen
  // readers announce the title on load, and WeChat's browser and crawlers see it at once.
  htmlLimitedBots: /.*/,
  // E2E builds go to their own folder so a running `npm start` is never disturbed by `npm test`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // Pages get their Content-Security-Policy (with a nonce) and HSTS from proxy.ts; JSON and
      // files answered by route handlers run nothing and may be framed by nothing.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
