import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { createOrganisation, createProvince, createUser, type TestOrganisation } from "@/prisma/seed/factories";

// One-time sign-in links: the public door that redeems them (throttled, looked up before hashing,
// failures recorded) and their life (used once, ended by every password change).
// Counts password hashes; with a gate set, holds each hash until `gate.size` of them are waiting,
// so that parallel redeems reach the database together.
const hashed = vi.hoisted(() => ({ count: 0, gate: null as null | { size: number; waiting: (() => void)[] } }));
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  async function hashPassword(p: string) {
    hashed.count++;
    const hash = await real.hashPassword(p);
    const gate = hashed.gate;
    if (gate) {
      await new Promise<void>((release) => {
        gate.waiting.push(release);
        if (gate.waiting.length === gate.size) for (const r of gate.waiting) r();
      });
    }
    return hash;
  }
  return { ...real, hashPassword };
});
const request = vi.hoisted(() => ({ ip: "198.51.100.1" }));
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), headers: async () => new Headers({ "x-forwarded-for": request.ip }) }));

const { redeemSignInLinkAction } = await import("@/lib/users/link-actions");
const { redeemSignInLink, resetAccountPassword } = await import("@/lib/users/accounts");
const { changeOwnPassword, setPassword } = await import("@/lib/users/mutations");
const { hashToken } = await import("@/lib/api/tokens");
const { LIMITS } = await import("@/lib/security/rate-limit");

const db = getDb();
let organisation: TestOrganisation;
beforeAll(async () => {
  organisation = await createOrganisation(db, await createProvince(db));
});

const junk = () => `csl_${randomBytes(32).toString("base64url")}`;
const form = (token: string, pw = `mật-khẩu-${randomBytes(4).toString("hex")}-dài`) => ({ token, newPassword: pw, confirmPassword: pw });

/** A live link of a fresh account, as resetAccountPassword would make it. */
async function linkFor(userId: string, hours = 72) {
  const token = junk();
  await db.signInLink.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + hours * 3_600_000) } });
  return token;
}

describe("redeeming a one-time sign-in link", () => {
  it("looks a junk token up before hashing any password, and records the failure with the address", async () => {
    request.ip = "198.51.100.20";
    const before = hashed.count;
    const result = await redeemSignInLinkAction(form(junk()));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["accountErrors.linkInvalid"] } });
    expect(hashed.count, "argon2id ran for a token that does not exist").toBe(before);
    expect(await db.auditEntry.count({ where: { action: "auth.sign-in-link.failed", ip: "198.51.100.20" } })).toBe(1);
  });

  it("is rate-limited per client address like sign-in, and a success is not counted", async () => {
    request.ip = "198.51.100.30";
    for (let i = 0; i < LIMITS.signInFailuresPerAddress.max; i++) expect(await redeemSignInLinkAction(form(junk()))).toMatchObject({ ok: false, code: "VALIDATION" });
    const limited = await redeemSignInLinkAction(form(junk()));
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // Another address is not held back.
    request.ip = "198.51.100.31";
    const user = await createUser(db, "VIEWER", organisation.id);
    expect(await redeemSignInLinkAction(form(await linkFor(user.id)))).toEqual({ ok: true, data: null });
  });

  it("succeeds once when several redeems of the same link are sent together", async () => {
    request.ip = "198.51.100.40";
    const successes: number[] = [];
    for (let round = 0; round < 3; round++) {
      const user = await createUser(db, "VIEWER", organisation.id);
      const token = await linkFor(user.id);
      hashed.gate = { size: 6, waiting: [] };
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => redeemSignInLink(token, `mật-khẩu-lần-${i}-dài`).then(() => "ok", () => "refused")));
      hashed.gate = null;
      successes.push(results.filter((r) => r === "ok").length);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion).toBe(1 + successes.at(-1)!);
    }
    expect(successes, "redeems that succeeded, per link").toEqual([1, 1, 1]);
  });
});

describe("outstanding links end whenever the password changes", () => {
  const ctx = (userId: string, email: string) => ({ actor: { userId, email }, ip: null, action: "test" });

  it("by the user's own change, by the CLI's set-password, and by a reset to a first password", async () => {
    const own = await createUser(db, "VIEWER", organisation.id);
    const ownLink = await linkFor(own.id);
    await changeOwnPassword(ctx(own.id, own.email), own.password, "mật-khẩu-mới-của-tôi-1");
    await expect(redeemSignInLink(ownLink, "mật-khẩu-kẻ-lạ-2222")).rejects.toThrow();

    const cli = await createUser(db, "VIEWER", organisation.id);
    const cliLink = await linkFor(cli.id);
    await setPassword(cli.email, "mật-khẩu-quản-trị-3");
    await expect(redeemSignInLink(cliLink, "mật-khẩu-kẻ-lạ-2222")).rejects.toThrow();

    const reset = await createUser(db, "VIEWER", organisation.id);
    const resetLink = await linkFor(reset.id);
    const organizer = await createUser(db, "ORGANIZER", organisation.id);
    const { loadActor } = await import("@/lib/auth/actor");
    const actor = (await loadActor(organizer.id, 1))!;
    const account = await db.user.findUniqueOrThrow({ where: { id: reset.id }, select: { id: true, grants: { select: { id: true, role: true, unit: { select: { id: true, kind: true, provinceId: true, organisationId: true } } } } } });
    await resetAccountPassword({ ...ctx(organizer.id, organizer.email), actor }, account, { userId: reset.id, firstSignIn: "PASSWORD", password: "mật-khẩu-ban-đầu-44" });
    await expect(redeemSignInLink(resetLink, "mật-khẩu-kẻ-lạ-2222")).rejects.toThrow();
    const row = await db.user.findUniqueOrThrow({ where: { id: reset.id } });
    expect(await verifyPassword(row.passwordHash, "mật-khẩu-ban-đầu-44")).toBe(true);
    expect(await db.signInLink.count({ where: { userId: { in: [own.id, cli.id, reset.id] }, usedAt: null } })).toBe(0);
  });
});
