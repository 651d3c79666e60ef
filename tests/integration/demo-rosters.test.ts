import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ETHNIC_GROUPS } from "@/lib/delegates/ethnicity";
import { searchKey, splitName } from "@/lib/delegates/names";
import { seedDemo } from "@/prisma/seed/demo";
import { takeTurnsWithTheDemoSeed } from "../support/demo-seed-turns";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-data";
import { DEMO_ROSTERS } from "@/prisma/seed/demo-delegates";

const db = getDb();
const passwords = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, "demo-roster-test-password"]));

/** Every column of every delegate and quota row of the demo organisations, in a stable order. */
async function snapshot() {
  const organisations = { organisation: { code: { in: DEMO_ROSTERS.map((r) => r.organisation) } } };
  const [delegates, quotas] = await Promise.all([
    db.delegate.findMany({ where: { congress: { unit: organisations.organisation } }, orderBy: { id: "asc" } }),
    db.delegateQuota.findMany({ where: { congress: { unit: organisations.organisation } }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ delegates, quotas });
}

takeTurnsWithTheDemoSeed();

describe("demo rosters", () => {
  it("gives each demo organisation a roster that fits its province, and a second run changes nothing", { timeout: 120_000 }, async () => {
    await seedDemo(db, passwords, { today: "2026-11-02" });
    const first = await snapshot();

    const expected: Record<string, { total: number; groups: string[] }> = {
      "LC-TU": { total: 247, groups: ["Thái", "Mông", "Dao"] },
      "AG-AP": { total: 190, groups: ["Khmer", "Chăm"] },
      "BL-PL": { total: 160, groups: ["Khmer"] },
      "DNO-DS": { total: 150, groups: ["Mnông", "Ê Đê", "Mạ"] },
      "BK-NS": { total: 130, groups: ["Tày", "Nùng", "Dao"] },
    };
    for (const profile of DEMO_ROSTERS) {
      const congress = await db.congress.findFirstOrThrow({ where: { unit: { code: profile.organisation }, termStart: profile.termStart }, select: { id: true, plannedOpening: true } });
      const rows = await db.delegate.findMany({ where: { congressId: congress.id } });
      const e = expected[profile.organisation]!;
      expect(rows, profile.organisation).toHaveLength(e.total);
      expect(rows.length, profile.organisation).toBeGreaterThanOrEqual(120);
      const ethnicities = new Set(rows.map((r) => r.ethnicity));
      for (const g of e.groups) expect(ethnicities.has(g), `${profile.organisation} ${g}`).toBe(true);
      for (const g of ethnicities) expect(ETHNIC_GROUPS as readonly string[]).toContain(g);
      // Names stored as the app stores them.
      for (const r of rows) expect({ ...splitName(r.fullName), searchKey: searchKey(r.fullName), nfc: r.fullName.normalize("NFC") }).toEqual({ familyName: r.familyName, middleName: r.middleName, givenName: r.givenName, searchKey: r.searchKey, nfc: r.fullName });

      // Quotas apportioned over the grassroots units active at the congress (those that passed to the
      // new communes on 1/7/2025 count for 2020), ex officio and appointed apart.
      const quotas = await db.delegateQuota.findMany({ where: { congressId: congress.id } });
      const units = await db.unit.count({ where: { parent: { code: profile.organisation }, OR: [{ status: "ACTIVE" }, { statusChangedOn: { gt: congress.plannedOpening! } }] } });
      expect(quotas).toHaveLength(units);
      expect(quotas.reduce((n, q) => n + q.seats, 0)).toBe(profile.total - profile.exOfficio - profile.appointed);
      expect(Math.min(...quotas.map((q) => q.seats))).toBeGreaterThanOrEqual(1);
      expect(rows.filter((r) => r.category === "ELECTED")).toHaveLength(profile.total - profile.exOfficio - profile.appointed);

      const pending = rows.filter((r) => r.credentialStatus === "PENDING").length;
      const accepted = rows.filter((r) => r.credentialStatus === "ACCEPTED");
      expect(pending, profile.organisation).toBeGreaterThan(0);
      if (profile.organisation !== "LC-TU") expect(pending / rows.length, profile.organisation).toBeGreaterThan(0.08);
      // Official delegates are in groups with seats; the others are not.
      expect(accepted.every((r) => r.group && r.seat)).toBe(true);
      expect(new Set(accepted.map((r) => r.seat)).size).toBe(accepted.length);
      expect(new Set(accepted.map((r) => r.group)).size).toBe(profile.groups);
      expect(rows.filter((r) => r.credentialStatus !== "ACCEPTED").every((r) => r.group === null)).toBe(true);

      const checkedIn = rows.filter((r) => r.checkedInAt !== null);
      if (profile.organisation === "LC-TU") {
        expect(checkedIn.length).toBeGreaterThanOrEqual(5);
        expect(checkedIn.length).toBeLessThanOrEqual(20);
        expect(checkedIn.every((r) => r.credentialStatus === "ACCEPTED")).toBe(true);
      } else expect(checkedIn).toHaveLength(0);
    }

    await seedDemo(db, passwords, { today: "2026-11-02" });
    expect(await snapshot()).toBe(first);
  });
});
