import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createElectionWithCandidates } from "@/prisma/seed/election-factories";
import { createDelegates, createRoleUsers, createUser, createWorld, type TestUser, type World } from "@/prisma/seed/factories";
import { HEADER, csv, hostileXlsx } from "../support/roster-files";

import { type Caller, call, cookieCaller, tokenCaller } from "../support/api-client";

vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());

const { API_ENDPOINTS } = await import("@/lib/api/registry");
const { createApiToken, revokeApiToken } = await import("@/lib/api/tokens");
const { openApiDocument } = await import("@/lib/api/openapi");
const { setDisabled } = await import("@/lib/users/mutations");

const db = getDb();
let world: World;
let users: Record<string, TestUser>;

const form = (bytes: Uint8Array, name = "ds.csv") => {
  const f = new FormData();
  f.append("file", new Blob([bytes as BlobPart]), name);
  return f;
};
const goodFile = () => csv([HEADER, [1, "Nguyễn Văn Thử", "Nam", "01/01/1980", "Kinh", "", "", "", "", world.organisation.grassroots[0]!.name, "Bầu", "", "", ""]]);

/** An election in each congress, for the endpoints under /elections/{eid}. */
const elections = new Map<string, string>();
/** Queries an endpoint cannot answer without. */
const REQUIRED_QUERY: Record<string, string> = { "/congresses/{id}/elections/{eid}/documents": "?document=minutes" };

/** Every registered endpoint on a given congress id. */
const requests = (congressId: string) =>
  API_ENDPOINTS.map((e) => ({
    e,
    path: e.path.replace("{id}", congressId).replace("{eid}", elections.get(congressId) ?? "") + (REQUIRED_QUERY[e.path] ?? ""),
    body: e.method === "POST" ? () => form(goodFile()) : undefined,
  }));

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
  await createDelegates(db, world.organisation, [{ fullName: "Lò Văn Một" }]);
  await createDelegates(db, world.sameProvinceOrganisation, [{ fullName: "Hà Thị Hai" }]);
  for (const d of [world.organisation, world.sameProvinceOrganisation, world.otherProvinceOrganisation]) {
    const e = await createElectionWithCandidates(db, { congressId: d.congressId, provinceId: d.provinceId, organisationId: d.id });
    elections.set(d.congressId, e.id);
  }
});

describe("API v1", () => {
  it("every endpoint answers another organisation's congress with 404 for token and cookie callers, and its own with 2xx", async () => {
    const organizer = users.ORGANIZER!;
    for (const caller of [await tokenCaller(organizer), await cookieCaller(organizer)]) {
      for (const other of [world.sameProvinceOrganisation, world.otherProvinceOrganisation]) {
        for (const r of requests(other.congressId).filter((x) => x.e.path.includes("{id}"))) {
          const res = await call(r.e.method, r.path, caller, { body: r.body?.(), headers: { origin: "http://localhost", host: "localhost" } });
          expect(res.status, `${caller.kind} ${r.e.method} ${r.path}`).toBe(404);
          expect(res.body).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
        }
      }
      for (const r of requests(world.organisation.congressId)) {
        const res = await call(r.e.method, `${r.path}${r.e.method === "POST" ? "?dryRun=true" : ""}`, caller, { body: r.body?.(), headers: { host: "localhost" } });
        expect(res.status, `${caller.kind} ${r.e.method} ${r.path}`).toBe(200);
      }
    }
  });

  it("lists only what the caller may see", async () => {
    const caller = await tokenCaller(users.VIEWER!);
    const units = (await call("GET", "/units", caller)).body as { units: { id: string; organisationId: string }[] };
    expect(new Set(units.units.map((u) => u.organisationId))).toEqual(new Set([world.organisation.id]));
    const congresses = (await call("GET", "/congresses", caller)).body as { congresses: { id: string; kind: string }[] };
    expect(congresses.congresses.map((c) => c.id)).toContain(world.organisation.congressId);
    // Each says whether it is a delegates' or a members' congress.
    expect(congresses.congresses.find((c) => c.id === world.organisation.congressId)).toMatchObject({ kind: "DELEGATES" });
    expect(congresses.congresses.map((c) => c.id)).not.toContain(world.sameProvinceOrganisation.congressId);
  });

  it("401 without credentials or with a bad token; 403 for a role without the right; 400 for bad parameters", async () => {
    const id = world.organisation.congressId;
    expect((await call("GET", "/units", null)).status).toBe(401);
    expect((await call("GET", `/congresses/${id}/delegates`, { kind: "token", secret: "cpt_not-a-real-token-000000000000000000000000" })).status).toBe(401);
    const viewer = await tokenCaller(users.VIEWER!);
    expect((await call("GET", `/congresses/${id}/composition`, viewer)).status).toBe(200);
    expect((await call("GET", `/congresses/${id}/delegates?format=csv`, viewer)).body).toMatchObject({ error: { code: "FORBIDDEN" } });
    const organizer = await tokenCaller(users.ORGANIZER!);
    const bad = await call("GET", `/congresses/${id}/delegates?format=doc`, organizer, { headers: { "accept-language": "en-US,en;q=0.9" } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "VALIDATION", message: "Invalid parameters." } } });
    expect((await call("GET", `/congresses/not-a-uuid/composition`, organizer)).status).toBe(404);
  });

  it("a revoked token stops working at once, and so does a disabled owner's", async () => {
    const user = users.SUBCOMMITTEE_LEAD!;
    const created = await createApiToken(user.id, "revoke me", { userId: user.id, email: user.email });
    const caller: Caller = { kind: "token", secret: created.token };
    expect((await call("GET", "/congresses", caller)).status).toBe(200);
    expect((await db.apiToken.findUnique({ where: { id: created.id } }))?.lastUsedAt).not.toBeNull();
    await revokeApiToken({ userId: user.id, email: user.email }, created.id);
    expect((await call("GET", "/congresses", caller)).status).toBe(401);

    const other = await tokenCaller(users.MEMBER!);
    expect((await call("GET", "/units", other)).status).toBe(200);
    await setDisabled(users.MEMBER!.email, true);
    expect((await call("GET", "/units", other)).status).toBe(401);
    await setDisabled(users.MEMBER!.email, false);
  });

  it("stores only a hash of the token", async () => {
    const user = users.VIEWER!;
    const created = await createApiToken(user.id, "hash", { userId: user.id, email: user.email });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.token.startsWith(row.prefix)).toBe(true);
    const audit = await db.auditEntry.findFirst({ where: { entityId: created.id } });
    expect(JSON.stringify(audit?.after)).not.toContain(created.token);
    expect(audit?.action).toBe("api-token.create");
  });

  it("import: dry run reports per row, 413 past 10 MB, 415 for a fake file or no multipart, 422 when an all-or-nothing commit meets errors", async () => {
    const id = world.organisation.congressId;
    const organizer = await tokenCaller(users.ORGANIZER!);
    const bad = csv([HEADER, [1, "Trần Thị Lỗi", "Nữ", "32/13/1980", "Kinh", "", "", "", "", world.organisation.grassroots[0]!.name, "Bầu", "", "", ""]]);
    const dry = await call("POST", `/congresses/${id}/delegates/import?dryRun=true`, organizer, { body: form(bad) });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rows: 1, invalidRows: 1, errors: [{ row: 2, header: "Ngày sinh", code: "dateInvalid", message: "\"32/13/1980\" không phải ngày hợp lệ (dd/mm/yyyy)." }] });
    const before = await db.delegate.count({ where: { congressId: id } });
    const commit = await call("POST", `/congresses/${id}/delegates/import?dryRun=false`, organizer, { body: form(bad) });
    expect(commit.status).toBe(422);
    expect(commit.body).toMatchObject({ error: { code: "IMPORT_INVALID" }, report: { created: 0 } });
    expect(await db.delegate.count({ where: { congressId: id } })).toBe(before);
    expect((await call("POST", `/congresses/${id}/delegates/import`, organizer, { body: form(new Uint8Array(10 * 1024 * 1024 + 10)) })).status).toBe(413);
    expect((await call("POST", `/congresses/${id}/delegates/import`, organizer, { body: form(new TextEncoder().encode("%PDF-1.4\u0000"), "ds.xlsx") })).status).toBe(415);
    // A 5 MB workbook of a million rows: refused at the row limit with the catalog's words.
    const hostile = await call("POST", `/congresses/${id}/delegates/import`, organizer, { body: form(hostileXlsx(1_000_000), "ds.xlsx") });
    expect(hostile).toMatchObject({ status: 413, body: { error: { code: "TOO_MANY_ROWS", message: expect.stringContaining("20") } } });
    const notMultipart = await call("POST", `/congresses/${id}/delegates/import`, organizer, { headers: { "content-type": "text/csv" } });
    expect(notMultipart.status).toBe(415);
    const ok = await call("POST", `/congresses/${id}/delegates/import?dryRun=false`, organizer, { body: form(goodFile()) });
    expect(ok).toMatchObject({ status: 200, body: { created: 1 } });
  });

  it("a cookie-authenticated import from another site is refused", async () => {
    const caller = await cookieCaller(users.ORGANIZER!);
    const res = await call("POST", `/congresses/${world.organisation.congressId}/delegates/import`, caller, { body: form(goodFile()), headers: { origin: "https://evil.example", host: "localhost" } });
    expect(res.status).toBe(403);
  });

  it("every registered endpoint has its route file, exporting the method", () => {
    for (const e of API_ENDPOINTS) {
      const file = `app/api/v1${e.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8"), file).toMatch(new RegExp(`export const ${e.method} = \\w+\\.handler;`));
    }
  });

  it("documents every endpoint in the OpenAPI document with its required right", () => {
    const doc = openApiDocument(API_ENDPOINTS) as { openapi: string; paths: Record<string, Record<string, { "x-required-right": string; parameters: { name: string }[] }>> };
    expect(doc.openapi).toBe("3.1.0");
    for (const e of API_ENDPOINTS) expect(doc.paths[e.path]?.[e.method.toLowerCase()]?.["x-required-right"]).toBe(e.access.right);
    expect(doc.paths["/congresses/{id}/delegates"]!.get!.parameters.map((p) => p.name)).toEqual(["id", "format", "limit", "cursor"]);
    expect(doc.paths["/congresses/{id}/delegates/import"]!.post!.parameters.map((p) => p.name)).toEqual(["id", "dryRun", "mode"]);
  });
});

describe("rate limits on the API", () => {
  it("a token beyond its requests per minute gets 429 with Retry-After, counted in PostgreSQL", async () => {
    const caller = await tokenCaller(users.VIEWER!);
    const { hashToken } = await import("@/lib/api/tokens");
    const { LIMITS } = await import("@/lib/security/rate-limit");
    const windowMs = LIMITS.apiToken.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    // Spend the whole minute's allowance at once, as a runaway integration would.
    await db.rateLimitBucket.create({ data: { key: `api-token:${hashToken(caller.secret).slice(0, 32)}`, windowStart, count: LIMITS.apiToken.max } });
    const refused = await call("GET", "/units", caller);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "RATE_LIMITED" } });
    // Another token of the same user is not affected.
    expect((await call("GET", "/units", await tokenCaller(users.VIEWER!))).status).toBe(200);
  });

  it("whole-roster exports are limited per user, whichever way they come", async () => {
    const organizer = await createUser(db, "ORGANIZER", world.organisation.id);
    const { LIMITS } = await import("@/lib/security/rate-limit");
    const path = `/congresses/${world.organisation.congressId}/delegates?format=csv`;
    const token = await tokenCaller(organizer);
    const cookie = await cookieCaller(organizer);
    const statuses: number[] = [];
    for (let i = 0; i <= LIMITS.exportPerUser.max; i++) statuses.push((await call("GET", path, i % 2 ? token : cookie)).status);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Other reads are not exports.
    expect((await call("GET", `/congresses/${world.organisation.congressId}/composition`, cookie)).status).toBe(200);
  });
});
