import { randomBytes } from "node:crypto";
import { test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-data";
import { seedDemo } from "../../prisma/seed/demo";
import { createRoleUsers, createWorld } from "../../prisma/seed/factories";
import { type E2eWorld, saveWorld, signIn, storageStatePath, testDb } from "./support/world";

setup("create the test world and sign in once per role", async ({ browser }) => {
  setup.setTimeout(120_000);
  const db = testDb();
  const world = await createWorld(db);
  const users = await createRoleUsers(db, world);
  const passwords = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, `e2e-${randomBytes(8).toString("hex")}`]));
  const demo = await seedDemo(db, passwords);
  // The five source districts (history since 1/7/2025) and the communes that keep their records.
  const organisations = await db.unit.findMany({ where: { code: { in: ["LC-TU", "AG-AP", "BL-PL", "DNO-DS", "BK-NS", "LC-XTU", "AG-XAP"] } }, select: { id: true, code: true, name: true, provinceId: true } });
  const demoOrganisations = Object.fromEntries(organisations.map((d) => [d.code, { id: d.id, name: d.name, provinceId: d.provinceId! }]));
  saveWorld({ ...world, users, demo: demo.accounts, demoOrganisations } satisfies E2eWorld);

  for (const user of Object.values(users)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await context.storageState({ path: storageStatePath(user.role) });
    await context.close();
  }
});
