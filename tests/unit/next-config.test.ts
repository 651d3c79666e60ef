// next.config.js is plain JavaScript (typed by its JSDoc comment only, since tsc checks no .js): this
// loads it as Next.js does, an ES module, and checks the settings the app and the bundle rely on.
import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error: tsc reads no JavaScript here (allowJs is off), so the module has no types.
import config from "../../next.config.js";

const nextConfig = config as NextConfig;

describe("next.config.js", () => {
  it("keeps the build settings", () => {
    expect(nextConfig.output).toBe("standalone");
    expect(nextConfig.poweredByHeader).toBe(false);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("21mb");
    expect(nextConfig.serverExternalPackages).toContain("@node-rs/argon2");
    expect(Object.keys(nextConfig.turbopack?.rules ?? {})).toEqual(["index.js"]);
  });

  it("sends the security headers on every path", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.source).toBe("/:path*");
    const keys = rules[0]!.headers.map((h) => h.key);
    expect(keys).toEqual(expect.arrayContaining(["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy"]));
  });
});
