import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { congressDashboard } from "@/lib/dashboard/data";
import { addDays, dateOnlyToIso } from "@/lib/dates";
import { getDb } from "@/lib/db/client";
import { isOrganisationKind, levelExistedOn } from "@/lib/units/levels";
import { DEMO_ACCOUNTS, DEMO_PROVINCES, DEMO_TERM, NEXT_TERM, SUCCESSORS, nextTerm } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/demo";
import { takeTurnsWithTheDemoSeed } from "../support/demo-seed-turns";

const db = getDb();
const passwords = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, "demo-today-test-password"]));
// A pinned clock, far from the real one and from the 2020 history, so nothing here is true by chance.
const TODAY = "2031-03-10";

const TERM = nextTerm(TODAY);

/** huyện Tân Uyên's 2020 congress (history) and xã Tân Uyên's congress in preparation. */
async function tanUyen() {
  const [district, commune] = await Promise.all([NEXT_TERM.history, NEXT_TERM.organisation].map((code) => db.unit.findUniqueOrThrow({ where: { code }, select: { id: true, status: true, successorId: true } })));
  const select = { id: true, termStart: true, termEnd: true, status: true, plannedOpening: true, plannedClosing: true, heldOn: true } as const;
  const [history, next] = await Promise.all([
    db.congress.findUniqueOrThrow({ where: { unitId_termStart: { unitId: district!.id, termStart: DEMO_TERM.start } }, select }),
    db.congress.findUniqueOrThrow({ where: { unitId_termStart: { unitId: commune!.id, termStart: TERM.start } }, select }),
  ]);
  return { organisationId: commune!.id, district: district!, history, next };
}

/** The dated rows of the live congress, in a stable order. */
async function datedRows(congressId: string, organisationId: string) {
  const iso = (d: Date | null) => (d ? dateOnlyToIso(d) : null);
  const [tasks, milestones, grassroots] = await Promise.all([
    db.task.findMany({ where: { congressId }, select: { title: true, dueOn: true, status: true }, orderBy: { title: "asc" } }),
    db.milestone.findMany({ where: { congressId }, select: { standardKey: true, plannedOn: true, status: true }, orderBy: { plannedOn: "asc" } }),
    db.congress.findMany({ where: { organisationId, termStart: TERM.start, unitId: { not: organisationId } }, select: { unitId: true, plannedOpening: true, heldOn: true, status: true }, orderBy: { unitId: "asc" } }),
  ]);
  return {
    tasks: tasks.map((t) => ({ ...t, dueOn: iso(t.dueOn) })),
    milestones: milestones.map((m) => ({ ...m, plannedOn: iso(m.plannedOn) })),
    grassroots: grassroots.map((g) => ({ ...g, plannedOpening: iso(g.plannedOpening), heldOn: iso(g.heldOn) })),
  };
}

takeTurnsWithTheDemoSeed();

describe("the demo, anchored to the day it is seeded", () => {
  it("prepares xã Tân Uyên's congress six weeks ahead of a pinned today, huyện Tân Uyên's 2020 congress kept as history", { timeout: 120_000 }, async () => {
    await seedDemo(db, passwords, { today: TODAY });
    const { organisationId, district, history, next } = await tanUyen();
    // The district ended on 1/7/2025; the commune keeps its records.
    expect(district).toMatchObject({ status: "DISSOLVED", successorId: organisationId });
    // The term counts from the opening's year.
    expect(next.termStart).toBe(Number(addDays(TODAY, 42).slice(0, 4)));

    expect(history).toMatchObject({ status: "HELD", termEnd: 2025, plannedOpening: new Date("2020-06-08T00:00:00Z"), plannedClosing: new Date("2020-06-10T00:00:00Z"), heldOn: new Date("2020-06-08T00:00:00Z") });
    expect(next).toMatchObject({ status: "PREPARING", termEnd: TERM.end, heldOn: null });
    expect(dateOnlyToIso(next.plannedOpening!)).toBe(addDays(TODAY, 42));
    expect(dateOnlyToIso(next.plannedClosing!)).toBe(addDays(TODAY, 44));

    const user = await db.user.findUniqueOrThrow({ where: { email: "tochuc.tanuyen@daihoi.example" }, select: { id: true, sessionVersion: true } });
    const organizer = (await loadActor(user.id, user.sessionVersion))!;
    const { figures } = await congressDashboard(organizer, next.id, TODAY);
    expect(figures.daysToOpening).toBe(42);
    expect(figures.tasks.overdue).toBeGreaterThan(0);
    expect(figures.milestones.late).toBeGreaterThan(0);
    // Grassroots congresses partly held: some held, some planned, a few with no date yet.
    expect(figures.grassroots!.total).toBe(20);
    expect(figures.grassroots!.held).toBeGreaterThan(0);
    expect(figures.grassroots!.planned).toBeGreaterThan(0);
    expect(figures.grassroots!.pending).toBeGreaterThan(0);

    const rows = await datedRows(next.id, organisationId);
    const open = rows.tasks.filter((t) => t.status !== "DONE");
    expect(open.filter((t) => t.dueOn! < TODAY).length, "overdue").toBeGreaterThan(0);
    expect(open.filter((t) => t.dueOn! >= TODAY && t.dueOn! < addDays(TODAY, 7)).length, "due this week").toBeGreaterThan(0);
    expect(open.filter((t) => t.dueOn! >= addDays(TODAY, 7)).length, "later").toBeGreaterThan(0);
    expect(rows.tasks.every((t) => t.dueOn! > addDays(TODAY, -365) && t.dueOn! <= addDays(TODAY, 42))).toBe(true);
    expect(rows.milestones.at(-1)).toMatchObject({ standardKey: "CONGRESS_OPENS", plannedOn: addDays(TODAY, 42), status: "PLANNED" });
    for (const g of rows.grassroots) {
      if (g.status === "HELD") expect(g.heldOn! < TODAY, `held ${g.heldOn}`).toBe(true);
      else expect(g.plannedOpening! >= TODAY, `planned ${g.plannedOpening}`).toBe(true);
    }

    // Its roster mid-preparation: the outgoing committee and the delegates of the congresses held, none reviewed.
    const delegates = await db.delegate.findMany({ where: { congressId: next.id }, select: { category: true, homeUnitId: true, credentialStatus: true, group: true } });
    const heldUnits = new Set(rows.grassroots.filter((g) => g.status === "HELD").map((g) => g.unitId));
    expect(delegates.filter((d) => d.category === "EX_OFFICIO")).toHaveLength(25);
    expect(delegates.some((d) => d.category === "ELECTED")).toBe(true);
    expect(delegates.filter((d) => d.category === "ELECTED").every((d) => heldUnits.has(d.homeUnitId!))).toBe(true);
    expect(delegates.every((d) => d.credentialStatus === "PENDING" && d.group === null)).toBe(true);
    expect(await db.delegateQuota.count({ where: { congressId: next.id } })).toBe(20);
  });

  it("dates no congress at a level that did not exist on its date (no district from 1/7/2025, no commune before)", { timeout: 120_000 }, async () => {
    await seedDemo(db, passwords, { today: TODAY });
    const demoOrganisations = await db.unit.findMany({ where: { code: { in: [...DEMO_PROVINCES.map((p) => p.district.code), ...SUCCESSORS.map((s) => s.code)] } }, select: { id: true, kind: true } });
    const levelOf = new Map(demoOrganisations.map((o) => [o.id, o.kind]));
    const congresses = await db.congress.findMany({
      where: { organisationId: { in: demoOrganisations.map((o) => o.id) } },
      select: { plannedOpening: true, termStart: true, organisationId: true, unit: { select: { kind: true, name: true } } },
    });
    expect(congresses.length).toBeGreaterThan(100);
    const wrong = congresses.flatMap((c) => {
      const day = dateOnlyToIso(c.plannedOpening!);
      return [c.unit.kind, levelOf.get(c.organisationId!)!].filter((k) => isOrganisationKind(k) && !levelExistedOn(k, day)).map((k) => `${c.unit.name} ${day}: ${k}`);
    });
    expect(wrong).toEqual([]);
    // A term counts from its opening's year.
    expect(congresses.filter((c) => Math.abs(Number(dateOnlyToIso(c.plannedOpening!).slice(0, 4)) - c.termStart) > 1)).toEqual([]);
  });

  it("seeded again the same day changes nothing; on a later day the whole preparation moves with it", { timeout: 120_000 }, async () => {
    await seedDemo(db, passwords, { today: TODAY });
    const { organisationId, next } = await tanUyen();
    const first = await datedRows(next.id, organisationId);
    await seedDemo(db, passwords, { today: TODAY });
    expect(await datedRows(next.id, organisationId)).toEqual(first);

    const later = addDays(TODAY, 10);
    await seedDemo(db, passwords, { today: later });
    const moved = await tanUyen();
    expect(moved.next.id).toBe(next.id);
    expect(dateOnlyToIso(moved.next.plannedOpening!)).toBe(addDays(later, 42));
    const shift = <T extends Record<string, unknown>>(rows: T[], keys: (keyof T)[]) => rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, r[k] ? addDays(r[k] as string, 10) : null])) }));
    expect(await datedRows(next.id, organisationId)).toEqual({
      tasks: shift(first.tasks, ["dueOn"]),
      milestones: shift(first.milestones, ["plannedOn"]),
      grassroots: shift(first.grassroots, ["plannedOpening", "heldOn"]),
    });
    // The history does not move.
    expect(moved.history.plannedOpening).toEqual(new Date("2020-06-08T00:00:00Z"));
  });
});
