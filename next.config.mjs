import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets several checkouts' worth of builds (parallel test runs) live side by side.
  distDir: process.env.CAISSE_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Database drivers stay real Node modules on the server (never bundled, never sent to a browser);
  // pdfkit reads its standard-font metrics from its own folder at run time; nodemailer is plain Node.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pdfkit", "nodemailer"],
  typedRoutes: false,
  // Type checking is its own step of the test suite (`tsc --noEmit`); doing it again inside
  // every build only slows builds down.
  typescript: { ignoreBuildErrors: true },
  // `forbidden()` renders app/forbidden.tsx with a 403 for pages a role may not see.
  // inlineCss: the stylesheet (≈ 6 kB gzip) comes inside the HTML, so the first paint does not wait
  // for a second request that shares a slow 3G link with the scripts (bench/pay-page-weight.ts).
  experimental: { authInterrupts: true, inlineCss: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // JSON is never a document: nothing in an API answer may load, run or be framed.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
