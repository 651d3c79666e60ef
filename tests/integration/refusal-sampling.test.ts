// Refused requests without a session cost an attacker nothing: the audit must not grow one row per
// request. They are counted per address and minute, and sampled into the audit.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ANONYMOUS_REFUSAL_CAPS, REFUSED_ACTION, recordRefusal } from "@/lib/audit/refusal";
import { getDb } from "@/lib/db/client";
import { createOrganisation, createProvince, createUser } from "@/prisma/seed/factories";

const db = getDb();

describe("anonymous refusals", () => {
  it("1,000 from one address write a bounded number of audit rows, which say how many there were", async () => {
    const ip = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;
    const before = await db.auditEntry.count({ where: { ip, action: REFUSED_ACTION } });
    for (let i = 0; i < 1000; i++) await recordRefusal({ actor: null, target: "GET /api/v1/units", code: "UNAUTHENTICATED", ip });
    const rows = await db.auditEntry.findMany({ where: { ip, action: REFUSED_ACTION }, orderBy: { id: "asc" }, select: { after: true } });
    expect(rows.length - before).toBeGreaterThan(0);
    expect(rows.length - before).toBeLessThanOrEqual(10);
    // The last sample carries the count so far within its minute.
    const counts = rows.map((r) => (r.after as { countThisMinute?: number }).countThisMinute ?? 1);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(100);
  });

  it("an IPv6 /48 (65,536 /64s) writes at most its cap a minute; the whole installation too; the rest is one summary row", async () => {
    // A minute of its own, so that nothing else running counts against the caps.
    const minute = new Date(Date.UTC(2031, 0, 1, 0, randomBytes(1)[0]! % 60) + (randomBytes(2).readUInt16BE() % 1000) * 86_400_000);
    const site = `3fff:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
    const inSite = (ip: string) => ip.startsWith(`${site}:`);
    const rowsSince = async (after: bigint) => db.auditEntry.findMany({ where: { action: REFUSED_ACTION, id: { gt: after }, actorId: null }, select: { ip: true, after: true } });
    const start = (await db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    // 500 refusals, each from another /64 of one /48.
    for (let i = 0; i < 500; i++) await recordRefusal({ actor: null, target: "GET /api/v1/units", code: "UNAUTHENTICATED", ip: `${site}:${i.toString(16)}::1` }, minute);
    const fromSite = (await rowsSince(start)).filter((r) => r.ip && inSite(r.ip));
    expect(fromSite.length, "rows written for one /48 in one minute").toBeLessThanOrEqual(ANONYMOUS_REFUSAL_CAPS.perNetwork.max);
    expect(fromSite.length).toBeGreaterThan(0);
    // More than the overall cap, each from another /48: the overall cap holds.
    const others = ANONYMOUS_REFUSAL_CAPS.overall.max + 50;
    for (let i = 0; i < others; i++) await recordRefusal({ actor: null, target: "GET /api/v1/units", code: "UNAUTHENTICATED", ip: `3ffe:${(i + 1).toString(16)}:${site.slice(5, 9)}::1` }, minute);
    const all = (await rowsSince(start)).filter((r) => r.ip?.startsWith("3ff"));
    expect(all.length, "rows written in one minute overall").toBeLessThanOrEqual(ANONYMOUS_REFUSAL_CAPS.overall.max);
    // The next minute's first refusal writes the summary of this one: everything beyond the caps, in one row.
    await recordRefusal({ actor: null, target: "GET /api/v1/units", code: "UNAUTHENTICATED", ip: `3ffd:${site.slice(5)}::1` }, new Date(minute.getTime() + 60_000));
    const summaries = (await rowsSince(start)).filter((r) => (r.after as { summary?: { minute: string } }).summary?.minute === new Date(Math.floor(minute.getTime() / 60_000) * 60_000).toISOString());
    expect(summaries).toHaveLength(1);
    expect((summaries[0]!.after as { summary: { count: number } }).summary.count).toBe(500 + others - all.length);
  });

  it("still writes every refusal of a signed-in caller", async () => {
    const ip = `203.0.113.${1 + (randomBytes(1)[0]! % 250)}`;
    const organisation = await createOrganisation(db, await createProvince(db));
    const user = await createUser(db, "VIEWER", organisation.id);
    const actor = { userId: user.id, email: user.email };
    for (let i = 0; i < 30; i++) await recordRefusal({ actor, target: `task.delete ${i}`, code: "NOT_FOUND", ip });
    expect(await db.auditEntry.count({ where: { ip, action: REFUSED_ACTION } })).toBe(30);
  });
});
