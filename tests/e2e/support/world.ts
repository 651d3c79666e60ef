// Shared test data for the end-to-end run: made once by global.setup.ts, read by the specs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { parseDatabaseUrl } from "../../../lib/db/connection";
import { createPrismaClient } from "../../../lib/db/prisma";
import type { Role } from "../../../lib/auth/access";
import type { TestUser, World } from "../../../prisma/seed/factories";

export const E2E_DIR = path.resolve(".data/e2e");

export type E2eWorld = World & {
  users: Record<Role, TestUser>;
  demo: { email: string; password: string; role: string; unit: string | null }[];
  demoOrganisations: Record<string, { id: string; name: string; provinceId: string }>;
};

export function saveWorld(world: E2eWorld): void {
  mkdirSync(E2E_DIR, { recursive: true });
  writeFileSync(path.join(E2E_DIR, "world.json"), JSON.stringify(world, null, 2), { mode: 0o600 });
}

export function loadWorld(): E2eWorld {
  return JSON.parse(readFileSync(path.join(E2E_DIR, "world.json"), "utf8")) as E2eWorld;
}

export const storageStatePath = (role: Role) => path.join(E2E_DIR, `state-${role}.json`);

let client: ReturnType<typeof createPrismaClient> | undefined;
export function testDb() {
  client ??= createPrismaClient(parseDatabaseUrl(process.env.DATABASE_URL!), 3);
  return client;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
