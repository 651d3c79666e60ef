import { describe, expect, it } from "vitest";
import { checkRateLimit, hitRateLimit } from "@/lib/security/rate-limit";
import { unique } from "@/prisma/seed/factories";

const limit = { name: "test-limit", max: 3, windowSeconds: 60 };

describe("rate limits in PostgreSQL", () => {
  it("allow up to the limit within a window, refuse beyond it, and start again in the next window", async () => {
    const subject = unique("addr");
    const t = new Date("2026-05-01T08:00:10Z");
    expect((await checkRateLimit(limit, subject, t)).allowed).toBe(true);
    expect((await hitRateLimit(limit, subject, t)).allowed).toBe(true);
    expect((await hitRateLimit(limit, subject, t)).allowed).toBe(true);
    const third = await hitRateLimit(limit, subject, t);
    expect(third).toEqual({ allowed: true, count: 3, retryAfterSeconds: 50 });
    expect((await checkRateLimit(limit, subject, t)).allowed).toBe(false);
    expect((await hitRateLimit(limit, subject, t)).allowed).toBe(false);
    expect((await checkRateLimit(limit, subject, new Date("2026-05-01T08:01:00Z"))).allowed).toBe(true);
    expect((await checkRateLimit(limit, unique("other"), t)).allowed).toBe(true);
  });

  it("count every hit exactly once when they arrive together", async () => {
    const subject = unique("addr");
    const t = new Date("2026-05-01T09:00:00Z");
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit(limit, subject, t)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});
