import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { runWithRequestContext } from "@/lib/runtime/request-context";
import { executeAction, registeredActions } from "@/lib/server/action";
import { addToCountingCommittee, createElectionWithCandidates, createFreshCongress, createRound } from "@/prisma/seed/election-factories";
import { createRoleUsers, createTask, createUser, createWorld, type World } from "@/prisma/seed/factories";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await Promise.all([import("@/lib/tasks/actions"), import("@/lib/elections/actions")]);
const { listAuditActors, listAuditEntries } = await import("@/lib/audit/data");
const { load } = await import("@/lib/auth/load");
const { auditFilterSchema } = await import("@/lib/audit/schema");
const { recordAudit } = await import("@/lib/audit/record");

const db = getDb();
let world: World;
const actors = {} as Record<string, Actor>;
const run = (name: string, actor: Actor, input: unknown, ip: string | null = null) => executeAction(registeredActions().get(name)!, actor, input, ip);
const filters = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);

beforeAll(async () => {
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  for (const [role, user] of Object.entries(users)) actors[role] = (await loadActor(user.id, 1))!;
  actors.OTHER_ORGANIZER = (await loadActor((await createUser(db, "ORGANIZER", world.sameProvinceOrganisation.id)).id, 1))!;
});

/** The organisation's log as a page gets it: loaded with audit.read checked. */
const own = async (actor: Actor) => ({ organisation: await load(actor, "organisation", world.organisation.id, "audit.read") });

describe("the audit log", () => {
  it("is read by the organisation's organizers and admins, filtered by kind, account, record and date; others get 404 or 403", async () => {
    const task = await createTask(db, world.organisation, { assigneeIds: [actors.MEMBER!.userId] });
    expect(await run("task.set-status", actors.MEMBER!, { id: task.id, version: 1, status: "DONE" })).toMatchObject({ ok: true });
    expect(await run("task.delete", actors.VIEWER!, { id: task.id, version: 1 })).toMatchObject({ code: "FORBIDDEN" });

    const all = await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters());
    expect(all.entries.map((e) => e.action)).toEqual(expect.arrayContaining(["task.set-status", "access.refused"]));
    const refused = await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters({ kind: "access" }));
    expect(refused.entries.every((e) => e.action === "access.refused")).toBe(true);
    expect(refused.entries[0]).toMatchObject({ entityId: task.id, after: { target: "task.delete", code: "FORBIDDEN" }, actorEmail: actors.VIEWER!.email });
    const byMember = await listAuditEntries(actors.ADMIN!, await own(actors.ADMIN!), filters({ user: actors.MEMBER!.userId }));
    expect(byMember.entries.map((e) => e.action)).toEqual(["task.set-status"]);
    const onRecord = await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters({ record: task.id }));
    expect(onRecord.entries.map((e) => e.action).sort()).toEqual(["access.refused", "task.set-status"]);
    expect((await listAuditActors(actors.ORGANIZER!, await own(actors.ORGANIZER!))).map((u) => u.id)).toEqual(expect.arrayContaining([actors.MEMBER!.userId, actors.VIEWER!.userId]));

    // Dates are Vietnamese calendar days, both ends included.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    expect((await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters({ from: today, to: today, record: task.id }))).entries).toHaveLength(2);
    expect((await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters({ to: "2020-01-01", record: task.id }))).entries).toHaveLength(0);
    // Malformed filters are ignored, never an error.
    expect(filters({ kind: "drop table", user: "x", from: "31/02/2020", to: "yesterday", before: "-1" })).toEqual({});
    // Dates come typed dd/mm/yyyy from the filter form, and as YYYY-MM-DD in the links that keep them.
    expect(filters({ from: "01/01/2020", to: "2020-01-31" })).toEqual({ from: "2020-01-01", to: "2020-01-31" });

    await expect(own(actors.VIEWER!)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(own(actors.PROVINCE_OVERSEER!)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(own(actors.OTHER_ORGANIZER!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("filters to the elections' entries: the elections (election.*) and the ballot count (ballot-count.*), each apart", async () => {
    const place = await createFreshCongress(db, world.organisation);
    expect(await run("election.create", actors.ORGANIZER!, { congressId: place.congressId, kind: "EXECUTIVE_COMMITTEE", name: "", seats: "3", fromScheme: false })).toMatchObject({ ok: true });
    await addToCountingCommittee(db, place, actors.MEMBER!.userId, "HEAD");
    const election = await createElectionWithCandidates(db, place, { seats: 1, candidates: 2 });
    const round = await createRound(db, place, election, { seats: 1, ballotsIssued: 10, convened: 10 });
    const votes = election.candidateIds.map((candidateId, i) => ({ candidateId, votes: [7, 3][i] }));
    expect(await run("ballot-count.enter", actors.MEMBER!, { roundId: round.id, box: 1, version: null, ballotsReceived: 10, valid: 10, invalid: 0, votes })).toMatchObject({ ok: true });

    const elections = (await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters({ kind: "election" }))).entries;
    expect(elections.map((e) => e.action)).toContain("election.create");
    expect(elections.every((e) => e.action.startsWith("election."))).toBe(true);
    const counts = (await listAuditEntries(actors.ORGANIZER!, await own(actors.ORGANIZER!), filters({ kind: "ballot-count" }))).entries;
    expect(counts.map((e) => [e.action, e.entityType])).toContainEqual(["ballot-count.enter", "ballotBoxCount"]);
    expect(counts.every((e) => e.action.startsWith("ballot-count."))).toBe(true);
  });

  it("of all organisations is the admins', with an organisation filter", async () => {
    const other = await createTask(db, world.otherProvinceOrganisation);
    const organizer = (await createRoleUsers(db, { ...world, organisation: world.otherProvinceOrganisation })).ORGANIZER;
    expect(await run("task.set-status", (await loadActor(organizer.id, 1))!, { id: other.id, version: 1, status: "BLOCKED" })).toMatchObject({ ok: true });
    const everywhere = await listAuditEntries(actors.ADMIN!, { organisation: null }, filters({ record: other.id }));
    expect(everywhere.entries).toHaveLength(1);
    const there = await listAuditEntries(actors.ADMIN!, { organisation: null }, filters({ organisation: world.otherProvinceOrganisation.id, kind: "task" }));
    expect(there.entries.length).toBeGreaterThan(0);
    expect((await listAuditEntries(actors.ADMIN!, { organisation: null }, filters({ organisation: world.organisation.id, record: other.id }))).entries).toHaveLength(0);
    for (const role of ["PROVINCE_OVERSEER", "ORGANIZER", "VIEWER"]) {
      await expect(listAuditEntries(actors[role]!, { organisation: null }, filters()), role).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("carries the client address and request id of the request that wrote it", async () => {
    const task = await createTask(db, world.organisation);
    const context = { requestId: `req-${task.id.slice(0, 8)}`, ip: "203.0.113.9" };
    const result = await runWithRequestContext(context, () => run("task.set-status", actors.ORGANIZER!, { id: task.id, version: 1, status: "DONE" }));
    expect(result).toMatchObject({ ok: true });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: task.id, action: "task.set-status" } });
    expect(entry).toMatchObject({ ip: "203.0.113.9", requestId: context.requestId });
    // An address the caller names wins over the context's.
    await runWithRequestContext(context, () => recordAudit(db, { action: "test.ip", entityId: task.id, ip: "198.51.100.1" }));
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: task.id, action: "test.ip" } })).toMatchObject({ ip: "198.51.100.1", requestId: context.requestId });
  });
});
