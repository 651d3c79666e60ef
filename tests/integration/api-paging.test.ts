// Every list endpoint answers in pages: limit (default 100, at most 1,000), an opaque cursor, and
// `next` (with a Link header) — stable while rows are added, and never reaching another organisation.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDelegates, createRoleUsers, createTask, createWorld, type TestUser, type World } from "@/prisma/seed/factories";
import { type Caller, call, tokenCaller } from "../support/api-client";

vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());

const db = getDb();
let world: World;
let users: Record<string, TestUser>;
let organizer: Caller;

type Page = { status: number; headers: Headers; body: { next: string | null } & Record<string, unknown> };
const get = (path: string, caller = organizer) => call("GET", path, caller) as Promise<Page>;

/** Every page of a list, following `next`; the rows under `key` in the order they came. */
async function walk(path: string, key: string, between?: (page: number) => Promise<void>) {
  const rows: { id: string }[] = [];
  let url: string | null = path;
  for (let page = 0; url; page++) {
    const res = await get(url);
    expect(res.status, url).toBe(200);
    rows.push(...(res.body[key] as { id: string }[]));
    const next = res.body.next;
    if (next) expect(res.headers.get("link")).toContain(`cursor=${next}`);
    else expect(res.headers.get("link")).toBeNull();
    await between?.(page);
    url = next ? `${path}${path.includes("?") ? "&" : "?"}cursor=${next}` : null;
  }
  return rows;
}

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
  organizer = await tokenCaller(users.ORGANIZER!);
  for (let i = 0; i < 230; i++) await createTask(db, world.organisation, { title: `Nhiệm vụ ${i}` });
  await createDelegates(db, world.organisation, Array.from({ length: 120 }, (_, i) => ({ fullName: `${["Nguyễn", "Lò", "Đặng"][i % 3]} Văn ${["An", "Ánh", "Đức", "Ơn", "Bình"][i % 5]}${i}` })));
}, 120_000);

describe("API paging", () => {
  it("pages the tasks by 100, with next and a Link header, and misses nothing when tasks are added meanwhile", async () => {
    const path = `/congresses/${world.organisation.congressId}/tasks`;
    const first = await get(path);
    expect((first.body.tasks as unknown[]).length).toBe(100);
    expect(first.body.next).toEqual(expect.any(String));
    const before = await db.task.findMany({ where: { congressId: world.organisation.congressId }, select: { id: true } });
    const added: string[] = [];
    const seen = await walk(path, "tasks", async (page) => {
      if (page === 0) added.push((await createTask(db, world.organisation, { title: "Thêm trong khi đọc" })).id);
    });
    const ids = seen.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(before.map((t) => t.id)));
    // A task added while reading comes on a later page, never shifting the ones already read.
    expect(ids).toEqual(expect.arrayContaining(added));
    expect(ids.length).toBe(before.length + added.length);
  });

  it("takes limit up to 1,000 and refuses more, or a cursor it did not make", async () => {
    const path = `/congresses/${world.organisation.congressId}/tasks`;
    expect(((await get(`${path}?limit=7`)).body.tasks as unknown[]).length).toBe(7);
    expect((await get(`${path}?limit=1000`)).body.next).toBeNull();
    expect((await get(`${path}?limit=1001`)).status).toBe(400);
    expect((await get(`${path}?limit=0`)).status).toBe(400);
    expect((await get(`${path}?cursor=not-a-cursor`)).status).toBe(400);
    expect((await get(`${path}?cursor=${Buffer.from('{"sortKey":1}').toString("base64url")}`)).status).toBe(400);
  });

  it("pages the roster as JSON in the official order, and counts it as one export", async () => {
    const path = `/congresses/${world.organisation.congressId}/delegates?format=json&limit=50`;
    const exportsBefore = await db.auditEntry.count({ where: { action: "delegate.export", entityId: world.organisation.congressId } });
    const pages = await walk(path, "delegates");
    const whole = (await get(`/congresses/${world.organisation.congressId}/delegates?format=json&limit=1000`)).body.delegates as { id: string }[];
    expect(pages.map((d) => d.id)).toEqual(whole.map((d) => d.id));
    expect(pages.length).toBe(120);
    // Three pages, one export; the whole-roster call is the second.
    expect(await db.auditEntry.count({ where: { action: "delegate.export", entityId: world.organisation.congressId } })).toBe(exportsBefore + 2);
  });

  it("pages the lists of units and congresses within the caller's scope only", async () => {
    const units = await walk("/units?limit=2", "units");
    const organisations = new Set((units as unknown as { organisationId: string | null }[]).map((u) => u.organisationId));
    expect([...organisations]).toEqual([world.organisation.id]);
    const congresses = await walk("/congresses?limit=1", "congresses");
    expect(congresses.map((c) => c.id)).toContain(world.organisation.congressId);
    expect((congresses as unknown as { organisationId: string }[]).every((c) => c.organisationId === world.organisation.id)).toBe(true);
  });
});
