import { describe, expect, it } from "vitest";
import { LOCK_MS, MAX_FAILURES, WINDOW_MS, lockedUntil } from "@/lib/auth/lockout";

const t0 = new Date("2026-01-01T08:00:00Z").getTime();
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const fail = (minutes: number) => ({ outcome: "WRONG_PASSWORD", createdAt: at(minutes) });
const newestFirst = <T extends { createdAt: Date }>(xs: T[]) => [...xs].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

describe("lock-out after repeated failures", () => {
  it("is 5 failures in 15 minutes, then 15 minutes locked", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(WINDOW_MS).toBe(15 * 60_000);
    expect(LOCK_MS).toBe(15 * 60_000);
  });

  it("four failures do not lock", () => {
    expect(lockedUntil(newestFirst([0, 1, 2, 3].map(fail)), at(4))).toBeNull();
  });

  it("the fifth failure locks until 15 minutes after it", () => {
    const attempts = newestFirst([0, 1, 2, 3, 4].map(fail));
    expect(lockedUntil(attempts, at(5))).toEqual(at(19));
    expect(lockedUntil(attempts, at(18.9))).toEqual(at(19));
    expect(lockedUntil(attempts, at(19))).toBeNull();
  });

  it("failures spread over more than 15 minutes do not lock", () => {
    expect(lockedUntil(newestFirst([0, 4, 8, 12, 16].map(fail)), at(17))).toBeNull();
  });

  it("a success in between resets the count", () => {
    const attempts = newestFirst([...[0, 1, 2].map(fail), { outcome: "SUCCESS", createdAt: at(3) }, ...[4, 5].map(fail)]);
    expect(lockedUntil(attempts, at(6))).toBeNull();
  });

  it("refused attempts during the lock do not extend it", () => {
    const attempts = newestFirst([...[0, 1, 2, 3, 4].map(fail), { outcome: "LOCKED", createdAt: at(10) }]);
    expect(lockedUntil(attempts, at(11))).toEqual(at(19));
  });

  it("unknown accounts and disabled accounts count as failures", () => {
    const attempts = newestFirst([0, 1, 2, 3, 4].map((m) => ({ outcome: m % 2 ? "UNKNOWN_ACCOUNT" : "DISABLED", createdAt: at(m) })));
    expect(lockedUntil(attempts, at(5))).toEqual(at(19));
  });
});
