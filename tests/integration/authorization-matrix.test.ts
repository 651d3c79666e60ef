// The authorization matrix, generated from the declared table in tests/authz/matrix.ts: every
// server action, API endpoint and route handler is called as every role on (a) its own organisation,
// (b) another organisation of the same province, (c) another province, against this PostgreSQL, and
// what it does (ok/2xx → allow, FORBIDDEN/403 → deny, NOT_FOUND/404 → 404) is compared with what
// ROLE_RULES gives for the declared right. An action, endpoint, route or "use server" export
// without a row fails the suite.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Right, type Actor, type Place, ROLES, ROLE_RULES, type RecordFacts, type Role, authorize } from "@/lib/auth/access";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { defineAction, definedActionName, executeAction, registeredActions } from "@/lib/server/action";
import { defineEndpoint } from "@/lib/api/endpoint";
import { z } from "@/lib/validation";
import { type TestOrganisation, type TestUser, type World, createRoleUsers, createUser, createWorld } from "@/prisma/seed/factories";
import { ACCOUNT_RULE_ROWS, API_ENDPOINT_ROWS, type Fixture, type HttpCall, type HttpRow, PUBLIC_SERVER_FUNCTIONS, type Relation, ROUTE_ROWS, SERVER_ACTIONS } from "../authz/matrix";
import { type Caller, callerHeaders, cookieCaller, tokenCaller } from "../support/api-client";

vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());
// account.set-locale also sets the language cookie; outside a request there is no cookie jar.
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

const root = path.resolve(import.meta.dirname, "../..");
const db = getDb();

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && match(e.name) && !e.parentPath.includes("node_modules") && !e.parentPath.includes("/generated"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}
const SOURCE = /\.(ts|tsx|js|mjs)$/;
/** Modules whose first statement is "use server": every export is a server function. */
const SERVER_MODULES = ["lib", "app", "components"].flatMap((d) => filesUnder(d, (n) => SOURCE.test(n))).filter((f) => /^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(readFileSync(path.join(root, f), "utf8")));
const ROUTE_FILES = filesUnder("app", (n) => /^route\.(ts|tsx|js|mjs)$/.test(n));
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// Loading the "use server" modules registers their actions.
const serverModules = Object.fromEntries(await Promise.all(SERVER_MODULES.map(async (f) => [f, (await import(path.join(root, f))) as Record<string, unknown>] as const)));
const routeModules = Object.fromEntries(await Promise.all(ROUTE_FILES.map(async (f) => [f, (await import(path.join(root, f))) as Record<string, unknown>] as const)));
const { API_ENDPOINTS } = await import("@/lib/api/registry");

// Every call of this run comes from one address, so its refusals can be found in the audit.
const IP = `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
const PLACES = ["own organisation", "same province", "other province", "the province's own congress"] as const;
type PlaceName = (typeof PLACES)[number];
type Outcome = "allow" | "deny" | "404" | "401";

let world: World;
let users: Record<Role, TestUser>;
const actors = {} as Record<Role, Actor>;
const callers = {} as Record<Role, { token: Caller; cookie: Caller }>;
const tally = { actions: 0, endpoints: 0, routes: 0, calls: 0, refused: 0, anonymous: 0 };
/** Passwords and tokens seen during the run: none may reach the audit. */
const secrets = new Set<string>();

const organisationAt = (p: PlaceName): TestOrganisation =>
  p === "own organisation" ? world.organisation : p === "same province" ? world.sameProvinceOrganisation : p === "other province" ? world.otherProvinceOrganisation : world.provinceOrganisation;
/** The places a row is called at: the province's own congress only where the row is about a level a province has. */
const placesOf = (row: { levels?: readonly string[] }) => PLACES.filter((p) => p !== "the province's own congress" || !row.levels || row.levels.includes("province"));
const placeOf = (d: TestOrganisation): Place => ({ provinceId: d.provinceId, organisationId: d.id });
const factsOf = (relation: Relation | null): RecordFacts => ({
  leadsSubCommittee: relation === "lead",
  assignedToCaller: relation === "assigned",
  inPersonnelSubCommittee: relation === "personnel",
  onCountingCommittee: relation === "counter",
});

/** What ROLE_RULES gives for the declared right (tests/unit/access.test.ts pins ROLE_RULES by hand). */
function expected(actor: Actor, right: Right, place: Place, facts: RecordFacts = {}): Outcome {
  try {
    authorize(actor, right, place, facts);
    return "allow";
  } catch (error) {
    if (error instanceof NotFoundError) return "404";
    if (error instanceof ForbiddenError) return "deny";
    throw error;
  }
}

/** Roles whose rule for `right` depends on their relation to the record. */
const relationRoles = (right: Right) => ROLES.filter((r) => typeof ROLE_RULES[r][right] === "string");

function collectSecrets(value: unknown) {
  if (typeof value !== "object" || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string" && /password|token/i.test(k) && v.length >= 8) secrets.add(v);
    else collectSecrets(v);
  }
}

class Mismatches {
  readonly list: string[] = [];
  check(label: string, want: Outcome, got: string) {
    tally.calls++;
    if (got !== want) this.list.push(`${label}: expected ${want}, got ${got}`);
  }
}

// ——— calling ———

/** Entries of changes by this account under the action's own name: one vocabulary for both. */
const changesBy = (userId: string, action: string) => db.auditEntry.count({ where: { actorId: userId, action } });

type AnyAction = NonNullable<ReturnType<ReturnType<typeof registeredActions>["get"]>>;

async function callAction(name: string, def: AnyAction, actor: Actor | null, input: unknown): Promise<string> {
  collectSecrets(input);
  const before = actor ? await changesBy(actor.userId, name) : 0;
  const result = await executeAction(def, actor, input, IP);
  if (result.ok) {
    collectSecrets(result.data);
    // Every server action changes something, and every change is audited.
    return (await changesBy(actor!.userId, name)) > before ? "allow" : "allow, but no audit entry under its name";
  }
  if (result.code === "VALIDATION") throw new Error(`the matrix fixture of ${name} is not a valid input: ${JSON.stringify(result.fieldErrors)}`);
  const outcome = { FORBIDDEN: "deny", NOT_FOUND: "404", UNAUTHENTICATED: "401" }[result.code];
  if (outcome) tally.refused++;
  if (outcome === "401") tally.anonymous++;
  return outcome ?? `unexpected code ${result.code}`;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

async function callHttp(label: string, handler: Handler, method: string, base: string, call: HttpCall, caller: Caller | null, row: HttpRow, f: Fixture | null): Promise<string> {
  const headers = callerHeaders(caller);
  headers.set("x-forwarded-for", IP);
  headers.set("host", "localhost");
  for (const [k, v] of Object.entries(call.headers ?? {})) headers.set(k, v);
  const url = `http://localhost${base}${call.path}${call.query ? `?${call.query}` : ""}`;
  const response = await handler(new Request(url, { method, headers, body: call.body?.() }), { params: Promise.resolve(call.params ?? {}) });
  const { status } = response;
  if ([401, 403, 404].includes(status)) tally.refused++;
  if (status === 401) tally.anonymous++;
  if (row.access === "public") return status < 400 ? "allow" : `status ${status}`;
  if (status >= 200 && status < 300) {
    if (row.access !== "scoped-list") return "allow";
    // A list that leaves out the place's record is, for that record, a 404. Lists come in pages:
    // follow `next` until the record shows up or the list ends.
    let body = (await response.json()) as { next?: string | null };
    for (let pages = 1; !row.lists(body, f!) && body.next && pages < 100; pages++) {
      const next = new URL(url);
      next.searchParams.set("cursor", body.next);
      body = (await (await handler(new Request(next, { method, headers }), { params: Promise.resolve(call.params ?? {}) })).json()) as typeof body;
    }
    return row.lists(body, f!) ? "allow" : "404";
  }
  const outcome = { 401: "401", 403: "deny", 404: "404" }[status];
  if (!outcome && (status === 400 || status === 422)) throw new Error(`the matrix fixture of ${label} is not a valid request: ${status} ${await response.text()}`);
  return outcome ?? `status ${status}`;
}

beforeAll(async () => {
  world = await createWorld(db);
  users = await createRoleUsers(db, world);
  for (const role of ROLES) {
    actors[role] = (await loadActor(users[role].id, 1))!;
    callers[role] = { token: await tokenCaller(users[role]), cookie: await cookieCaller(users[role]) };
    secrets.add(users[role].password).add(callers[role].token.secret);
  }
}, 120_000);

describe("authorization matrix", () => {
  it("has a row for every server action, API endpoint, route handler and \"use server\" export, and none for anything else", () => {
    const names = [...registeredActions().keys()];
    expect(names.filter((n) => !(n in SERVER_ACTIONS)), "server actions without a row in tests/authz/matrix.ts").toEqual([]);
    expect(Object.keys(SERVER_ACTIONS).filter((n) => !registeredActions().has(n)), "rows naming no registered action").toEqual([]);

    const endpoints = API_ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(endpoints.filter((k) => !(k in API_ENDPOINT_ROWS)), "API endpoints without a row").toEqual([]);
    expect(Object.keys(API_ENDPOINT_ROWS).filter((k) => !endpoints.includes(k)), "rows naming no API endpoint").toEqual([]);

    const uncovered: string[] = [];
    const routes: string[] = [];
    for (const [file, mod] of Object.entries(routeModules)) {
      for (const method of HTTP_METHODS.filter((m) => typeof mod[m] === "function")) {
        const endpoint = API_ENDPOINTS.find((e) => e.handler === mod[method]);
        if (endpoint) {
          // An endpoint's handler is served at its own path, under its own method.
          const at = `app/api/v1${endpoint.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
          if (endpoint.method !== method || at !== file) uncovered.push(`${method} ${file} serves ${endpoint.method} ${endpoint.path}`);
        } else {
          routes.push(`${method} ${file}`);
          if (!(`${method} ${file}` in ROUTE_ROWS)) uncovered.push(`${method} ${file}`);
        }
      }
    }
    expect(uncovered, "route handlers without a row (or an endpoint served at the wrong path)").toEqual([]);
    expect(Object.keys(ROUTE_ROWS).filter((k) => !routes.includes(k)), "rows naming no route handler").toEqual([]);

    const undeclared: string[] = [];
    const exported: string[] = [];
    for (const [file, mod] of Object.entries(serverModules)) {
      for (const [name, value] of Object.entries(mod)) {
        exported.push(`${file}#${name}`);
        const action = definedActionName(value);
        if (action ? !registeredActions().has(action) : !(`${file}#${name}` in PUBLIC_SERVER_FUNCTIONS)) undeclared.push(`${file}#${name}`);
      }
    }
    expect(SERVER_MODULES.length).toBeGreaterThan(0);
    expect(undeclared, "\"use server\" exports neither made by defineAction nor declared public").toEqual([]);
    expect(Object.keys(PUBLIC_SERVER_FUNCTIONS).filter((k) => !exported.includes(k)), "public rows naming no export").toEqual([]);
  });

  it("cannot define an action or an endpoint that does not declare what it loads and with which right", () => {
    // The type system refuses it at build time; a cast past it is refused when the module loads.
    expect(() => defineAction({ name: "matrix.no-access", input: z.object({}), run: async () => null } as never)).toThrow(/declares no access/);
    expect(() => defineEndpoint({ method: "GET", path: "/no-access", summary: "", responses: {}, handle: async () => null } as never)).toThrow(/declares no access/);
    expect(registeredActions().has("matrix.no-access")).toBe(false);
  });

  for (const [name, row] of Object.entries(SERVER_ACTIONS)) {
    it(`server action ${name}: ${row.access === "right" ? row.right : row.access}`, { timeout: 180_000 }, async () => {
      const def = registeredActions().get(name) as AnyAction | undefined;
      expect(def, `${name} is registered`).toBeDefined();
      tally.actions++;
      const m = new Mismatches();
      if (row.access === "right") {
        for (const role of ROLES) {
          for (const p of placesOf(row)) {
            const organisation = organisationAt(p);
            const input = await row.input({ db, organisation, caller: users[role], relation: null });
            const at = row.place === "installation" ? { provinceId: null, organisationId: null } : row.place === "province" ? { provinceId: organisation.provinceId, organisationId: null } : placeOf(organisation);
            m.check(`${role} on ${p}`, expected(actors[role], row.right, at), await callAction(name, def!, actors[role], input));
          }
        }
        // Rules that depend on the caller's relation to the record: with it, allowed at home only.
        for (const role of relationRoles(row.right)) {
          for (const relation of row.relations ?? []) {
            for (const p of placesOf(row)) {
              const organisation = organisationAt(p);
              const input = await row.input({ db, organisation, caller: users[role], relation });
              m.check(`${role} (${relation}) on ${p}`, expected(actors[role], row.right, placeOf(organisation), factsOf(relation)), await callAction(name, def!, actors[role], input));
            }
          }
        }
      } else {
        // Each role on its own account (a fresh one: passwords and tokens change here).
        for (const role of ROLES) {
          const caller = await createUser(db, role, role === "ADMIN" ? null : role === "PROVINCE_OVERSEER" ? world.province.id : world.organisation.id);
          secrets.add(caller.password);
          const actor = (await loadActor(caller.id, 1))!;
          const f = { db, organisation: world.organisation, caller, relation: null };
          m.check(`${role} on its own account`, "allow", await callAction(name, def!, actor, await row.input(f)));
          if (row.foreign) m.check(`${role} on another account`, "404", await callAction(name, def!, actor, await row.foreign({ ...f, other: users.ORGANIZER })));
        }
      }
      const anonymous = await row.input({ db, organisation: world.organisation, caller: users.VIEWER, relation: null });
      m.check("anonymous", "401", await callAction(name, def!, null, anonymous));
      expect(m.list, `${name}: what it does differs from the matrix`).toEqual([]);
    });
  }

  // Beyond the right: nobody grants themselves, nor a role above their own, nor resets an equal or higher account.
  for (const [label, row] of Object.entries(ACCOUNT_RULE_ROWS)) {
    it(`account rule: ${label} → ${row.want}`, async () => {
      const def = registeredActions().get(row.action) as AnyAction;
      const input = await row.input({ db, organisation: world.organisation, caller: users[row.as], relation: null });
      const m = new Mismatches();
      m.check(`${row.as} on own organisation`, row.want, await callAction(row.action, def, actors[row.as], input));
      expect(m.list).toEqual([]);
    });
  }

  for (const [key, row] of Object.entries(API_ENDPOINT_ROWS)) {
    it(`API ${key}: ${row.access === "public" ? "public" : `${row.right}${row.access === "scoped-list" ? " (list)" : ""}`}`, { timeout: 180_000 }, async () => {
      const endpoint = API_ENDPOINTS.find((e) => `${e.method} ${e.path}` === key);
      expect(endpoint, `${key} is in API_ENDPOINTS`).toBeDefined();
      // The endpoint's own declaration (OpenAPI, README) agrees with the matrix.
      if (row.access !== "public") {
        expect(endpoint!.access.right).toBe(row.right);
        expect(endpoint!.access.resource === "scope", "a scoped list declares resource \"scope\"").toBe(row.access === "scoped-list");
      }
      tally.endpoints++;
      const m = new Mismatches();
      if (row.access === "public") {
        m.check("anonymous", "allow", await callHttp(key, endpoint!.handler, endpoint!.method, "/api/v1", await row.call(), null, row, null));
      } else {
        for (const kind of ["token", "cookie"] as const) {
          for (const role of ROLES) {
            for (const p of PLACES) {
              const f = { db, organisation: organisationAt(p), caller: users[role], relation: null };
              const got = await callHttp(key, endpoint!.handler, endpoint!.method, "/api/v1", await row.call(f), callers[role][kind], row, f);
              m.check(`${kind} ${role} on ${p}`, expected(actors[role], row.right, placeOf(f.organisation)), got);
            }
          }
        }
        const f = { db, organisation: world.organisation, caller: users.VIEWER, relation: null };
        m.check("anonymous", "401", await callHttp(key, endpoint!.handler, endpoint!.method, "/api/v1", await row.call(f), null, row, f));
      }
      expect(m.list, `${key}: what it does differs from the matrix`).toEqual([]);
    });
  }

  for (const [key, row] of Object.entries(ROUTE_ROWS)) {
    it(`route ${key}: ${row.access === "public" ? "public" : row.right}`, { timeout: 180_000 }, async () => {
      const [method, file] = key.split(" ") as [string, string];
      const handler = routeModules[file]?.[method] as Handler | undefined;
      expect(handler, `${file} exports ${method}`).toBeDefined();
      tally.routes++;
      const m = new Mismatches();
      if (row.access === "public") {
        m.check("anonymous", "allow", await callHttp(key, handler!, method, "", await row.call(), null, row, null));
      } else {
        // Route handlers outside the API read the session cookie only.
        for (const role of ROLES) {
          for (const p of PLACES) {
            const f = { db, organisation: organisationAt(p), caller: users[role], relation: null };
            m.check(`${role} on ${p}`, expected(actors[role], row.right, placeOf(f.organisation)), await callHttp(key, handler!, method, "", await row.call(f), callers[role].cookie, row, f));
          }
        }
        const f = { db, organisation: world.organisation, caller: users.VIEWER, relation: null };
        m.check("anonymous", "401", await callHttp(key, handler!, method, "", await row.call(f), null, row, f));
      }
      expect(m.list, `${key}: what it does differs from the matrix`).toEqual([]);
    });
  }

  it("recorded every refused call in the audit, with who, what and from where, and no password or token", async () => {
    const refusals = await db.auditEntry.findMany({ where: { action: "access.refused", ip: IP } });
    // Every refusal of a signed-in caller is written; anonymous ones are counted and sampled.
    const anonymous = refusals.filter((r) => r.actorId === null);
    expect(refusals.length - anonymous.length).toBe(tally.refused - tally.anonymous);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.length).toBeLessThanOrEqual(Math.min(tally.anonymous, 30));
    for (const r of refusals) expect(r.after).toMatchObject({ target: expect.any(String), code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND)$/) });
    const signedIn = refusals.filter((r) => (r.after as { code: string }).code !== "UNAUTHENTICATED");
    expect(signedIn.every((r) => r.actorId !== null && r.actorEmail !== null)).toBe(true);
    // The refusals a signed-in caller met at home or in the same province are filed under that organisation.
    expect(signedIn.filter((r) => r.organisationId === world.organisation.id).length).toBeGreaterThan(0);

    const ids = [...Object.values(users).map((u) => u.id)];
    const written = await db.auditEntry.findMany({ where: { OR: [{ ip: IP }, { actorId: { in: ids } }, { actorEmail: { endsWith: "@test.example" } }] } });
    const text = JSON.stringify(written, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    expect([...secrets].filter((s) => text.includes(s)), "secrets in the audit").toEqual([]);
    expect(secrets.size).toBeGreaterThan(12);

    expect(tally.actions).toBe(registeredActions().size);
    expect(tally.endpoints).toBe(API_ENDPOINTS.length);
    console.log(`authorization matrix: ${tally.actions} server actions, ${tally.endpoints} API endpoints, ${tally.routes} other routes, ${tally.calls} calls`);
  });
});
