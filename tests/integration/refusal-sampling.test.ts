// Refused requests without a session cost an attacker nothing: the audit must not grow one row per
// request. They are counted per address and minute, and sampled into the audit.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REFUSED_ACTION, recordRefusal } from "@/lib/audit/refusal";
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

  it("still writes every refusal of a signed-in caller", async () => {
    const ip = `203.0.113.${1 + (randomBytes(1)[0]! % 250)}`;
    const organisation = await createOrganisation(db, await createProvince(db));
    const user = await createUser(db, "VIEWER", organisation.id);
    const actor = { userId: user.id, email: user.email };
    for (let i = 0; i < 30; i++) await recordRefusal({ actor, target: `task.delete ${i}`, code: "NOT_FOUND", ip });
    expect(await db.auditEntry.count({ where: { ip, action: REFUSED_ACTION } })).toBe(30);
  });
});
