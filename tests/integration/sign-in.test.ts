import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, lockoutStatus } from "@/lib/auth/sign-in";
import { loadActor } from "@/lib/auth/actor";
import { FIRST_PASSWORD_HOURS } from "@/lib/auth/first-password";
import { sessionActor, startSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { setDisabled, setPassword } from "@/lib/users/mutations";
import { createOrganisation, createProvince, createUser, type TestOrganisation } from "@/prisma/seed/factories";

const db = getDb();
let organisation: TestOrganisation;

beforeAll(async () => {
  organisation = await createOrganisation(db, await createProvince(db));
});

describe("a first password expires", () => {
  it(`opens the account for ${FIRST_PASSWORD_HOURS} hours, then neither a sign-in nor a session made before`, async () => {
    const user = await createUser(db, "VIEWER", organisation.id);
    const set = new Date(Date.now() - 10 * 3_600_000);
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true, passwordChangedAt: set } });
    const at = (hours: number) => new Date(set.getTime() + hours * 3_600_000);
    expect(await checkCredentials(user.email, user.password, {}, at(FIRST_PASSWORD_HOURS - 1))).toMatchObject({ ok: true });
    const sessionId = await startSession(user.id);
    const wide = { maxAgeMs: 1e12, idleMs: 1e12 };
    expect(await sessionActor(sessionId, user.id, 1, at(FIRST_PASSWORD_HOURS - 1), wide)).not.toBeNull();
    expect(await sessionActor(sessionId, user.id, 1, at(FIRST_PASSWORD_HOURS), wide)).toBeNull();
    expect(await checkCredentials(user.email, user.password, {}, at(FIRST_PASSWORD_HOURS))).toEqual({ ok: false, reason: "expired" });
    expect(await db.signInAttempt.count({ where: { email: user.email, outcome: "PASSWORD_EXPIRED" } })).toBe(1);
    // The user's own password does not expire.
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    expect(await checkCredentials(user.email, user.password, {}, at(FIRST_PASSWORD_HOURS + 1000))).toMatchObject({ ok: true });
  });
});

describe("sign-in with email and password", () => {
  it("accepts the right password, case-insensitive email, and records the attempt", async () => {
    const user = await createUser(db, "VIEWER", organisation.id);
    const result = await checkCredentials(`  ${user.email.toUpperCase()} `, user.password, { ip: "10.0.0.7" });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, email: user.email } });
    const attempts = await db.signInAttempt.findMany({ where: { email: user.email } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ outcome: "SUCCESS", userId: user.id, ip: "10.0.0.7" });
    const audit = await db.auditEntry.findMany({ where: { entityId: user.id, action: "auth.sign-in" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    const user = await createUser(db, "VIEWER", organisation.id);
    expect(await checkCredentials(user.email, "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(`nobody-${user.email}`, "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
    const outcomes = (await db.signInAttempt.findMany({ where: { email: { in: [user.email, `nobody-${user.email}`] } } })).map((a) => a.outcome).sort();
    expect(outcomes).toEqual(["UNKNOWN_ACCOUNT", "WRONG_PASSWORD"]);
  });

  it("locks the account for 15 minutes after 5 failures within 15 minutes, even for the right password", async () => {
    const user = await createUser(db, "VIEWER", organisation.id);
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      expect(await checkCredentials(user.email, `wrong-${i}`, {}, new Date(t0.getTime() + i * 60_000))).toEqual({ ok: false, reason: "invalid" });
    }
    const fifth = new Date(t0.getTime() + 4 * 60_000);
    const refused = await checkCredentials(user.email, user.password, {}, new Date(t0.getTime() + 5 * 60_000));
    expect(refused).toEqual({ ok: false, reason: "locked", until: new Date(fifth.getTime() + 15 * 60_000) });
    expect(await lockoutStatus(user.email, new Date(t0.getTime() + 6 * 60_000))).toEqual(new Date(fifth.getTime() + 15 * 60_000));
    // 15 minutes after the fifth failure the right password works again.
    const later = await checkCredentials(user.email, user.password, {}, new Date(fifth.getTime() + 15 * 60_000 + 1000));
    expect(later.ok).toBe(true);
    const outcomes = (await db.signInAttempt.findMany({ where: { email: user.email }, orderBy: { createdAt: "asc" } })).map((a) => a.outcome);
    expect(outcomes).toEqual(["WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD", "WRONG_PASSWORD", "LOCKED", "SUCCESS"]);
  });

  it("holds when attempts arrive in parallel: never more than 5 guesses are checked", async () => {
    const user = await createUser(db, "VIEWER", organisation.id);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => checkCredentials(user.email, `guess-${i}`)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(3);
  });

  it("refuses a disabled account", async () => {
    const user = await createUser(db, "VIEWER", organisation.id);
    await setDisabled(user.email, true);
    expect(await checkCredentials(user.email, user.password)).toEqual({ ok: false, reason: "invalid" });
    const attempt = await db.signInAttempt.findFirst({ where: { email: user.email } });
    expect(attempt?.outcome).toBe("DISABLED");
  });
});

describe("sessions end when the account changes", () => {
  it("a password change invalidates sessions issued before it", async () => {
    const user = await createUser(db, "ORGANIZER", organisation.id);
    const signedIn = await checkCredentials(user.email, user.password);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const version = signedIn.user.sessionVersion;
    expect(await loadActor(user.id, version)).toMatchObject({ userId: user.id, grants: [{ role: "ORGANIZER", organisationId: organisation.id, provinceId: organisation.provinceId }] });
    await setPassword(user.email, "a-brand-new-password");
    expect(await loadActor(user.id, version)).toBeNull();
    const again = await checkCredentials(user.email, "a-brand-new-password");
    expect(again.ok && (await loadActor(user.id, again.user.sessionVersion))).toMatchObject({ userId: user.id });
    expect((await checkCredentials(user.email, user.password)).ok).toBe(false);
  });

  it("disabling the account invalidates its sessions at once", async () => {
    const user = await createUser(db, "MEMBER", organisation.id);
    const signedIn = await checkCredentials(user.email, user.password);
    if (!signedIn.ok) throw new Error("sign-in failed");
    await setDisabled(user.email, true);
    expect(await loadActor(user.id, signedIn.user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, signedIn.user.sessionVersion + 1)).toBeNull();
  });
});
