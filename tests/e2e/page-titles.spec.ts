import { expect, test } from "@playwright/test";
import { createOrganisation, createProvince, createTask, createUser, type TestOrganisation, type TestUser } from "../../prisma/seed/factories";
import { type E2eWorld, loadWorld, signIn, testDb } from "./support/world";

// Each page's <title> names the page and its place, read with the caller's scope. An organisation of
// its own (the task made here would move other specs' counts).
let world: { organisation: TestOrganisation; otherProvinceOrganisation: E2eWorld["otherProvinceOrganisation"] };
let organizer: TestUser;
let taskTitle: string;
let taskId: string;

test.beforeAll(async () => {
  const db = testDb();
  const organisation = await createOrganisation(db, await createProvince(db));
  organizer = await createUser(db, "ORGANIZER", organisation.id);
  world = { organisation, otherProvinceOrganisation: loadWorld().otherProvinceOrganisation };
  const task = await createTask(db, organisation, { title: "Chuẩn bị hội trường" });
  taskTitle = task.title;
  taskId = task.id;
});

test.beforeEach(async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
});

test("titles name the page, the record and the place", async ({ page }) => {
  const d = `/organisations/${world.organisation.id}`;
  const c = `${d}/congresses/${world.organisation.congressId}`;
  const unit = world.organisation.grassroots[0]!;
  const cases: [string, string][] = [
    [d, `Tổng quan đảng bộ · ${world.organisation.name} · Kế hoạch Đại hội`],
    [`${d}/units/${unit.id}`, `Đơn vị: ${unit.name} · ${world.organisation.name} · Kế hoạch Đại hội`],
    [c, `Tổng quan đại hội · Đại hội đại biểu lần thứ V · ${world.organisation.name} · Kế hoạch Đại hội`],
    [`${c}/tasks`, `Nhiệm vụ · Đại hội đại biểu lần thứ V · ${world.organisation.name} · Kế hoạch Đại hội`],
    [`${c}/tasks/${taskId}`, `Nhiệm vụ: ${taskTitle} · Đại hội đại biểu lần thứ V · ${world.organisation.name} · Kế hoạch Đại hội`],
    [`${c}/delegates`, `Danh sách đại biểu · Đại hội đại biểu lần thứ V · ${world.organisation.name} · Kế hoạch Đại hội`],
    [`${d}/audit`, `Nhật ký thay đổi · ${world.organisation.name} · Kế hoạch Đại hội`],
  ];
  for (const [path, title] of cases) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
});

test("another organisation's page keeps its name out of the title", async ({ page }) => {
  const other = world.otherProvinceOrganisation;
  await page.goto(`/organisations/${other.id}/units/${other.grassroots[0]!.id}`);
  const title = await page.title();
  expect(title).not.toContain(other.name);
  expect(title).not.toContain(other.grassroots[0]!.name);
  await page.goto(`/organisations/${other.id}/congresses/${other.congressId}/tasks`);
  expect(await page.title()).not.toContain(other.name);
});

test("English titles for an English reader", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto(`/organisations/${world.organisation.id}/congresses/${world.organisation.congressId}/tasks`);
  await expect(page).toHaveTitle(new RegExp(`^Tasks · .* · ${world.organisation.name} · `));
});
