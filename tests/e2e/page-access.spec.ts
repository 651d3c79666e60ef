import { readdirSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type BrowserContext, expect, request, test } from "@playwright/test";
import type { Role } from "../../lib/auth/access";
import { type World, createCongressDocument, createDelegates, createRoleUsers, createTask, createWorld, type TestOrganisation } from "../../prisma/seed/factories";
import { signIn, testDb } from "./support/world";
import { CLIENT_NAMESPACES } from "../../lib/i18n/config";

// Every page route (each app/**/page.tsx, found on disk: a new page is crawled without anyone
// listing it) as every role and as nobody, in three places: the world's own organisation, another
// organisation of the same province, an organisation of another province. Out of a role's reach a page is a
// 404 that names nothing of the place; within reach it answers (or is a 404 for a right the role
// lacks), never a server error, and never names another place's records. A world of its own, so
// the records made here move no other spec's counts.

type Place = "own" | "sameProvince" | "otherProvince";
const PLACES: Place[] = ["own", "sameProvince", "otherProvince"];
const ROLES: Role[] = ["ADMIN", "PROVINCE_OVERSEER", "ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"];
/** Where each role's grant reaches (the overseer's is the own organisation's province). */
const REACH: Record<Role, Place[]> = {
  ADMIN: PLACES,
  PROVINCE_OVERSEER: ["own", "sameProvince"],
  ORGANIZER: ["own"],
  SUBCOMMITTEE_LEAD: ["own"],
  MEMBER: ["own"],
  VIEWER: ["own"],
};

/** The route of each page file: "organisations/[organisationId]/tasks" (route groups dropped). */
function pageRoutes(dir = path.resolve("app"), prefix: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) routes.push(...pageRoutes(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? prefix : [...prefix, entry.name]));
    else if (entry.name === "page.tsx") routes.push(prefix.join("/"));
  }
  return routes.sort();
}

type Records = { organisation: TestOrganisation; provinceId: string; ids: Record<string, string>; secrets: string[] };
let world: World;
const places = {} as Record<Place, Records>;
type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const states = {} as Record<Role, StorageState>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const db = testDb();
  world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  for (const role of ROLES) {
    const context = await browser.newContext();
    await signIn(await context.newPage(), users[role].email, users[role].password);
    states[role] = await context.storageState();
    await context.close();
  }
  const organisations: Record<Place, TestOrganisation> = { own: world.organisation, sameProvince: world.sameProvinceOrganisation, otherProvince: world.otherProvinceOrganisation };
  for (const place of PLACES) {
    const organisation = organisations[place];
    const marker = `Kín${place}${Date.now().toString(36)}`;
    const task = await createTask(db, organisation, { title: `Nhiệm vụ ${marker}` });
    const document = await createCongressDocument(db, organisation, { title: `Văn kiện ${marker}` });
    const delegates = await createDelegates(db, organisation, [{ fullName: `Nguyễn Văn ${marker}` }]);
    const delegate = delegates.find((d) => d.fullName.endsWith(marker))!;
    const election = await db.election.create({ data: { congressId: organisation.congressId, provinceId: organisation.provinceId, organisationId: organisation.id, kind: "OTHER", name: `Bầu cử ${marker}`, seats: 3 }, select: { id: true } });
    places[place] = {
      organisation,
      provinceId: organisation.provinceId,
      ids: { organisationId: organisation.id, congressId: organisation.congressId, provinceId: organisation.provinceId, taskId: task.id, documentId: document.id, delegateId: delegate.id, electionId: election.id, unitId: organisation.grassroots[0]!.id },
      secrets: [organisation.name, task.title, document.title, `Nguyễn Văn ${marker}`, `Bầu cử ${marker}`],
    };
  }
});

/** The URL of a route in a place; a route with a parameter no record stands for fails the test. */
function urlOf(route: string, place: Place): string {
  return `/${route}`.replace(/\[(\w+)\]/g, (_, param: string) => {
    const id = places[place].ids[param];
    if (!id) throw new Error(`page-access.spec.ts: no record for [${param}] in ${route}: add one to the places`);
    return id;
  });
}

const foreignSecrets = (reach: Place[]) => PLACES.filter((p) => !reach.includes(p)).flatMap((p) => places[p].secrets);

const MESSAGE_FALLBACK = new RegExp(`[>"](\\b(?:${CLIENT_NAMESPACES.join("|")})\\.[a-zA-Z][\\w.]*)[<"]`);

async function crawl(client: APIRequestContext, reach: Place[], signedIn: boolean) {
  const problems: string[] = [];
  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(25);
  const visits = routes.flatMap((route) => (route.includes("[") ? PLACES.map((place) => ({ route, place })) : [{ route, place: null as Place | null }]));
  // Four at a time: the server has one worker in tests.
  for (let i = 0; i < visits.length; i += 4) {
    await Promise.all(
      visits.slice(i, i + 4).map(async ({ route, place }) => {
        const url = place ? urlOf(route, place) : `/${route}`;
        const response = await client.get(url, { maxRedirects: 0 });
        const status = response.status();
        const body = await response.text();
        const where = `${url} (${place ?? "no place"})`;
        if (status >= 500) problems.push(`${where}: ${status}`);
        const leaked = foreignSecrets(reach).filter((s) => body.includes(s));
        // A catalog key shown instead of its text: a client component whose namespace the page
        // does not send (components/i18n/client-messages.tsx).
        const fallback = MESSAGE_FALLBACK.exec(body);
        if (fallback) problems.push(`${where}: shows the catalog key ${fallback[1]}`);
        if (leaked.length) problems.push(`${where}: names ${leaked.join(", ")}`);
        if (!signedIn) {
          // Nobody: the sign-in pages answer, everything else sends to sign-in.
          if (!route.startsWith("sign-in") && !(status >= 300 && status < 400)) problems.push(`${where}: ${status} for nobody, expected a redirect to sign-in`);
        } else if (place && !reach.includes(place) && status !== 404) {
          problems.push(`${where}: ${status} out of reach, expected 404`);
        }
      }),
    );
  }
  return problems;
}

test.describe.configure({ mode: "parallel" });

for (const role of ROLES) {
  test(`every page as ${role} in its organisation, its province and another province`, async ({ baseURL }) => {
    test.setTimeout(240_000);
    const client = await request.newContext({ baseURL, storageState: states[role] });
    const problems = await crawl(client, REACH[role], true);
    await client.dispose();
    expect(problems).toEqual([]);
  });
}

test("every page as nobody sends to sign-in and names nothing", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const client = await request.newContext({ baseURL });
  const problems = await crawl(client, [], false);
  await client.dispose();
  expect(problems).toEqual([]);
});

test("an organizer and an admin see every organisation page of their own organisation", async ({ baseURL }) => {
  test.setTimeout(120_000);
  for (const role of ["ORGANIZER", "ADMIN"] as const) {
    const client = await request.newContext({ baseURL, storageState: states[role] });
    const refused: string[] = [];
    for (const route of pageRoutes().filter((r) => r.startsWith("organisations/"))) {
      const response = await client.get(urlOf(route, "own"), { maxRedirects: 0 });
      if (response.status() !== 200) refused.push(`${route}: ${response.status()}`);
    }
    await client.dispose();
    expect(refused, role).toEqual([]);
  }
});
