// Server-side sessions end at sign-out, a fixed time after sign-in whatever the activity, and after
// an idle time; the clock is pinned by passing `now`.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
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

describe("Auth.js's /api/auth/session", () => {
  it("answers nothing (null) for a session ended on the server, and clears its cookie", async () => {
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    const { GET } = await import("@/app/api/auth/[...nextauth]/route");
    const u = await user();
    const sid = await startSession(u.id);
    const name = "authjs.session-token";
    const cookie = `${name}=${await encode({ token: { sub: u.id, sid, sv: 1, email: u.email }, secret: process.env.AUTH_SECRET!, salt: name, maxAge: 3600 })}`;
    const ask = async () => {
      const res = await GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } }));
      return { body: await res.json(), cleared: res.headers.getSetCookie().some((c) => c.startsWith(`${name}=;`) || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) };
    };
    expect((await ask()).body).toMatchObject({ user: { email: u.email } });
    await endSession(sid);
    expect(await ask()).toEqual({ body: null, cleared: true });
  });
});

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
