// Server-side sessions end at sign-out, a fixed time after sign-in whatever the activity, and after
// an idle time; the clock is pinned by passing `now`.
import { describe, expect, it } from "vitest";
import { endSession, sessionActor, startSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { createOrganisation, createProvince, createUser } from "@/prisma/seed/factories";

const db = getDb();
const limits = { maxAgeMs: 12 * 3_600_000, idleMs: 2 * 3_600_000 };
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);
/** Whether the session gives its user's actor (accounts start at session version 1). */
const touchSession = async (id: string | undefined, userId: string, now?: Date, l?: typeof limits) => (await sessionActor(id, userId, 1, now, l)) !== null;

async function user() {
  return createUser(db, "VIEWER", (await createOrganisation(db, await createProvince(db))).id);
}

describe("sessions", () => {
  it("polled every hour, a session stops working 12 hours after sign-in", async () => {
    const u = await user();
    const start = new Date("2026-12-01T01:00:00Z");
    const id = await startSession(u.id, start);
    for (let hour = 1; hour < 12; hour++) expect(await touchSession(id, u.id, at(start, hour * 60), limits), `hour ${hour}`).toBe(true);
    expect(await touchSession(id, u.id, at(start, 12 * 60 - 1), limits)).toBe(true);
    expect(await touchSession(id, u.id, at(start, 12 * 60 + 1), limits)).toBe(false);
  });

  it("ends after two idle hours, and at once when signed out", async () => {
    const u = await user();
    const start = new Date("2026-12-02T01:00:00Z");
    const idle = await startSession(u.id, start);
    expect(await touchSession(idle, u.id, at(start, 60), limits)).toBe(true);
    expect(await touchSession(idle, u.id, at(start, 60 + 121), limits)).toBe(false);

    const ended = await startSession(u.id, start);
    expect(await touchSession(ended, u.id, at(start, 5), limits)).toBe(true);
    await endSession(ended, at(start, 6));
    expect(await touchSession(ended, u.id, at(start, 7), limits)).toBe(false);
  });

  it("belongs to its user only, and a cookie without a session id is no session", async () => {
    const [a, b] = [await user(), await user()];
    const id = await startSession(a.id);
    expect(await touchSession(id, b.id)).toBe(false);
    expect(await touchSession(undefined, a.id)).toBe(false);
    expect(await touchSession("not-a-uuid", a.id)).toBe(false);
  });

  it("gives the account's actor only while the account is usable and the version matches", async () => {
    const u = await user();
    const id = await startSession(u.id);
    expect(await sessionActor(id, u.id, 1)).toMatchObject({ userId: u.id, grants: [{ role: "VIEWER" }] });
    expect(await sessionActor(id, u.id, 2)).toBeNull();
    await db.user.update({ where: { id: u.id }, data: { disabled: true } });
    expect(await sessionActor(id, u.id, 1)).toBeNull();
  });
});
