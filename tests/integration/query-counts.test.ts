// No N+1: each main page's loaders send the same number of SQL statements whatever the number of
// rows. The pages' loaders run against a small data set and one ten times larger, through a Prisma
// client that counts statements; the counts must be equal.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { formatDatabaseUrl, parseDatabaseUrl } from "@/lib/db/connection";
import { createPrismaClient } from "@/lib/db/prisma";

// Every loader reads `db` from lib/db/client, which keeps its client on globalThis: put the
// counting client there before any loader runs (each test file runs in its own context).
let statements = 0;
const counting = createPrismaClient(parseDatabaseUrl(process.env.DATABASE_URL!), 4, { onQuery: () => (statements += 1) });
(globalThis as unknown as { __congressDb?: unknown }).__congressDb = counting;

const { congressDashboard, provinceDashboard } = await import("@/lib/dashboard/data");
const { grassrootsCongressCounts, listOrganisationCongresses } = await import("@/lib/congresses/data");
const { load } = await import("@/lib/auth/load");
const { countRoster, listHomeUnits, listRoster, listRosterPage, quotaOverview } = await import("@/lib/delegates/data");
const { congressCalendar, milestoneOptions } = await import("@/lib/milestones/data");
const { organisationPeople } = await import("@/lib/planning/people");
const { subCommitteeOptions } = await import("@/lib/subcommittees/data");
const { TASKS_PER_PAGE, countTasks, listMyTasks, listTasks, overdueTasks } = await import("@/lib/tasks/data");
const { ledSubCommitteeIds } = await import("@/lib/tasks/facts");
const { getOrganisation, getProvince, listOrganisationUnits } = await import("@/lib/units/data");
const { createOrganisation, createProvince, createUser, unique } = await import("@/prisma/seed/factories");
const { searchKey, splitName } = await import("@/lib/delegates/names");

const db = counting;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type World = { provinceId: string; organisationId: string; congressId: string; organizer: Actor; overseer: Actor };

/** A province of `n` organisations, each with n grassroots units, and n× the planning and roster rows. */
async function world(n: number): Promise<World> {
  const province = await createProvince(db);
  const organisations = await Promise.all(Array.from({ length: n }, () => createOrganisation(db, province, { grassroots: n, opening: "2030-06-08" })));
  const [organizerUser, leadUser, memberUser] = await Promise.all([
    createUser(db, "ORGANIZER", organisations[0]!.id),
    createUser(db, "SUBCOMMITTEE_LEAD", organisations[0]!.id),
    createUser(db, "MEMBER", organisations[0]!.id),
  ]);
  const overseerUser = await createUser(db, "PROVINCE_OVERSEER", province.id);
  const people = [organizerUser.id, leadUser.id, memberUser.id];
  await Promise.all(organisations.map(async (d) => {
    const place = { provinceId: province.id, organisationId: d.id };
    await db.subCommittee.createMany({ data: Array.from({ length: n }, () => ({ congressId: d.congressId, ...place, name: `Tiểu ban ${unique()}` })) });
    const subs = await db.subCommittee.findMany({ where: { congressId: d.congressId }, select: { id: true }, orderBy: { id: "asc" } });
    await db.subCommitteeMember.create({ data: { subCommitteeId: subs[0]!.id, ...place, userId: leadUser.id, fullName: "Trưởng tiểu ban", position: "HEAD" } });
    await db.milestone.createMany({ data: Array.from({ length: n }, (_, m) => ({ congressId: d.congressId, ...place, name: `Mốc ${m}`, plannedOn: day(`2029-${String((m % 12) + 1).padStart(2, "0")}-10`) })) });
    const milestones = await db.milestone.findMany({ where: { congressId: d.congressId }, select: { id: true }, orderBy: { id: "asc" } });
    const tasks = Array.from({ length: 5 * n }, (_, t) => ({
      congressId: d.congressId,
      ...place,
      title: `Nhiệm vụ ${t}`,
      subCommitteeId: subs[t % subs.length]!.id,
      milestoneId: milestones[t % milestones.length]!.id,
      dueOn: day(t % 2 ? "2020-01-10" : "2031-01-10"),
      status: (["TODO", "IN_PROGRESS", "BLOCKED", "DONE"] as const)[t % 4],
    }));
    await db.task.createMany({ data: tasks });
    const taskIds = await db.task.findMany({ where: { congressId: d.congressId }, select: { id: true } });
    await db.taskAssignee.createMany({ data: taskIds.flatMap((t, i) => [{ taskId: t.id, userId: people[i % 3]!, ...place }, { taskId: t.id, userId: people[(i + 1) % 3]!, ...place }]) });
    await db.congressDocument.create({ data: { congressId: d.congressId, ...place, title: "Báo cáo chính trị", status: "DRAFT" } });
    await db.delegateQuota.createMany({ data: d.grassroots.map((g) => ({ congressId: d.congressId, unitId: g.id, ...place, seats: 10 * n })) });
    await db.delegate.createMany({
      data: Array.from({ length: 10 * n }, (_, k) => {
        const fullName = `Nguyễn Văn ${["An", "Bình", "Cường", "Dũng"][k % 4]} ${k}`;
        return {
          congressId: d.congressId,
          ...place,
          fullName,
          ...splitName(fullName),
          searchKey: searchKey(fullName),
          gender: "MALE" as const,
          birthYear: 1970 + (k % 20),
          ethnicity: "Kinh",
          category: k % 10 ? ("ELECTED" as const) : ("EX_OFFICIO" as const),
          homeUnitId: k % 10 ? d.grassroots[k % d.grassroots.length]!.id : null,
          credentialStatus: k % 3 ? ("ACCEPTED" as const) : ("PENDING" as const),
          credentialReviewerId: k % 3 ? organizerUser.id : null,
        };
      }),
    });
    // Grassroots congresses of the same term, some held.
    await db.congress.createMany({ data: d.grassroots.map((g, i) => ({ unitId: g.id, ...place, ordinal: 10, termStart: 2030, termEnd: 2035, status: i % 2 ? ("HELD" as const) : ("PREPARING" as const) })) });
  }));
  const d0 = organisations[0]!;
  return { provinceId: province.id, organisationId: d0.id, congressId: d0.congressId, organizer: (await loadActor(organizerUser.id, 1))!, overseer: (await loadActor(overseerUser.id, 1))! };
}

/** The loaders each page runs (as in its page.tsx and layouts), the session aside. */
const PAGES: Record<string, (w: World) => Promise<unknown>> = {
  "congress dashboard": async (w) => {
    const today = "2026-11-21";
    await Promise.all([load(w.organizer, "organisation", w.organisationId, "organisation.read"), load(w.organizer, "congress", w.congressId, "organisation.read")]);
    return Promise.all([congressDashboard(w.organizer, w.congressId, today), congressCalendar(w.organizer, w.congressId, today), overdueTasks(w.organizer, w.congressId, today, 10)]);
  },
  roster: async (w) => {
    const congress = await load(w.organizer, "congress", w.congressId, "delegate.read");
    await listHomeUnits(congress);
    await Promise.all([listRoster(w.organizer, congress), quotaOverview(w.organizer, congress)]);
  },
  "roster page (50 rows, filtered: counted and cut in SQL)": async (w) => {
    const congress = await load(w.organizer, "congress", w.congressId, "delegate.read");
    await listHomeUnits(congress);
    const filters = { category: "ELECTED" };
    await Promise.all([countRoster(w.organizer, congress, filters), countRoster(w.organizer, congress), listRoster(w.organizer, congress, filters, { skip: 0, take: 50 }), quotaOverview(w.organizer, congress)]);
  },
  "API: a page of the roster (keyset)": async (w) => {
    const congress = await load(w.organizer, "congress", w.congressId, "delegate.export");
    const first = await listRosterPage(w.organizer, congress, undefined, 3);
    await listRosterPage(w.organizer, congress, first.next ?? undefined, 3);
  },
  "API: a page of tasks (keyset)": async (w) => {
    const congress = await load(w.organizer, "congress", w.congressId, "organisation.read");
    const first = await listTasks(w.organizer, congress.id, {}, "2026-11-21", { take: 4 });
    await listTasks(w.organizer, congress.id, {}, "2026-11-21", { after: first[3]?.id, take: 4 });
  },
  "tasks list": async (w) => {
    await countTasks(w.organizer, w.congressId, {});
    return Promise.all([
      listTasks(w.organizer, w.congressId, {}, undefined, { skip: 0, take: TASKS_PER_PAGE }),
      subCommitteeOptions(w.organizer, w.congressId),
      milestoneOptions(w.organizer, w.congressId),
      organisationPeople(w.organisationId),
      ledSubCommitteeIds(w.organizer.userId, w.congressId),
    ]);
  },
  province: async (w) => Promise.all([getProvince(w.overseer, w.provinceId), provinceDashboard(w.overseer, w.provinceId, "2026-11-21")]),
  organisation: async (w) => {
    await getOrganisation(w.organizer, w.organisationId);
    const [, congresses] = await Promise.all([listOrganisationUnits(w.organizer, { id: w.organisationId, kind: "COMMUNE" }), listOrganisationCongresses(w.organizer, w.organisationId)]);
    await grassrootsCongressCounts(w.organizer, w.organisationId, congresses[0]!.termStart);
  },
  "my tasks": async (w) => listMyTasks(w.organizer, "2026-11-21"),
};

async function count(fn: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await fn();
  return statements - before;
}

let small: World;
let large: World;
beforeAll(async () => {
  small = await world(2);
  large = await world(20);
}, 300_000);

describe("each page sends a constant number of statements as its rows grow (no N+1)", () => {
  for (const [page, load] of Object.entries(PAGES)) {
    it(page, async () => {
      const a = await count(() => load(small));
      const b = await count(() => load(large));
      expect(a).toBeGreaterThan(0);
      expect({ page, statements: b }).toEqual({ page, statements: a });
    });
  }

  it("the large data set is ten times the small one where it matters", async () => {
    const [smallTasks, largeTasks] = await Promise.all([countTasks(small.organizer, small.congressId), countTasks(large.organizer, large.congressId)]);
    expect(largeTasks).toBe(10 * smallTasks);
    expect((await provinceDashboard(large.overseer, large.provinceId)).length).toBe(20);
    expect(formatDatabaseUrl(parseDatabaseUrl(process.env.DATABASE_URL!))).toContain("cp_test_");
  });
});
