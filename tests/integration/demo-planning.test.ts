import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { congressDashboard } from "@/lib/dashboard/data";
import { getDb } from "@/lib/db/client";
import { listMyTasks } from "@/lib/tasks/data";
import { DEMO_ACCOUNTS, DEMO_PROVINCES, DEMO_TERM, NEXT_TERM, nextTerm } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/demo";
import { takeTurnsWithTheDemoSeed } from "../support/demo-seed-turns";

const db = getDb();
const passwords = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, "demo-password-for-tests"]));
const TODAY = "2026-11-02";

/**
 * Every planning row of the demo organisations with what an edit would change, to compare two runs
 * (other test files write planning rows of their own organisations meanwhile).
 */
async function snapshot() {
  const organisations = await db.unit.findMany({ where: { code: { in: [...DEMO_PROVINCES.map((p) => p.district.code), NEXT_TERM.organisation] } }, select: { id: true } });
  const where = { organisationId: { in: organisations.map((d) => d.id) } };
  const pick = { id: true, updatedAt: true, version: true } as const;
  const order = { id: "asc" } as const;
  return {
    subCommittees: await db.subCommittee.findMany({ where, select: pick, orderBy: order }),
    members: await db.subCommitteeMember.findMany({ where, select: pick, orderBy: order }),
    milestones: await db.milestone.findMany({ where, select: pick, orderBy: order }),
    tasks: await db.task.findMany({ where, select: pick, orderBy: order }),
    assignees: await db.taskAssignee.count({ where }),
    comments: await db.taskComment.count({ where }),
    documents: await db.congressDocument.findMany({ where, select: pick, orderBy: order }),
    files: await db.documentVersion.count({ where }),
  };
}

takeTurnsWithTheDemoSeed();

describe("the demo planning", () => {
  // The whole demo, seeded twice: give it the time the roster test has on a busy machine.
  it("loads once: a second run changes nothing", { timeout: 120_000 }, async () => {
    await seedDemo(db, passwords, { today: TODAY });
    const first = await snapshot();
    // The five 2020 congresses and Tân Uyên's next one, each with the standard calendar.
    expect(first.milestones).toHaveLength(6 * 8);
    expect(first.documents.length).toBeGreaterThanOrEqual(10);
    await seedDemo(db, passwords, { today: TODAY });
    expect(await snapshot()).toEqual(first);
  });

  it("gives xã Tân Uyên's demo member and lead tasks, huyện Tân Uyên's 2020 congress the 47/47 of history and the commune's congress work in progress", { timeout: 120_000 }, async () => {
    await seedDemo(db, passwords, { today: TODAY });
    const codes = { [DEMO_TERM.start]: NEXT_TERM.history, [nextTerm(TODAY).start]: NEXT_TERM.organisation };
    const congress = async (termStart: number) => {
      const unit = await db.unit.findUniqueOrThrow({ where: { code: codes[termStart]! }, select: { id: true } });
      return db.congress.findUniqueOrThrow({ where: { unitId_termStart: { unitId: unit.id, termStart } }, select: { id: true } });
    };
    for (const email of ["thanhvien.tanuyen@daihoi.example", "tieuban.tanuyen@daihoi.example"]) {
      const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
      const mine = await listMyTasks((await loadActor(user.id, user.sessionVersion))!);
      expect(mine.length, email).toBeGreaterThan(0);
      expect(mine.every((t) => t.can.update)).toBe(true);
    }
    const organizer = await db.user.findUniqueOrThrow({ where: { email: "tochuc.tanuyen@daihoi.example" }, select: { id: true, sessionVersion: true } });
    const actor = (await loadActor(organizer.id, organizer.sessionVersion))!;
    // The congress of 8–10/6/2020 was held: its preparation is closed, read by the commune that keeps its records.
    const history = (await congressDashboard(actor, (await congress(DEMO_TERM.start)).id, TODAY)).figures;
    expect(history.grassroots).toEqual({ held: 47, total: 47, planned: 0, pending: 0 });
    expect(history.milestones).toMatchObject({ total: 8, done: 8, late: 0 });
    expect(history.tasks.overdue).toBe(0);
    expect(history.tasks.byStatus.DONE).toBe(history.tasks.total);
    const next = (await congressDashboard(actor, (await congress(nextTerm(TODAY).start)).id, TODAY)).figures;
    expect(next.documents.total).toBe(5);
    expect(next.milestones.done).toBeLessThan(8);
    expect(Object.entries(next.tasks.byStatus).every(([, n]) => n > 0)).toBe(true);
  });
});
