import { expect, test } from "@playwright/test";
import { createDistrict, createProvince, createTask, createUser, type TestDistrict, type TestUser } from "../../prisma/seed/factories";
import { type E2eWorld, loadWorld, signIn, testDb } from "./support/world";

// Each page's <title> names the page and its place, read with the caller's scope. A district of
// its own (the task made here would move other specs' counts).
let world: { district: TestDistrict; otherProvinceDistrict: E2eWorld["otherProvinceDistrict"] };
let organizer: TestUser;
let taskTitle: string;
let taskId: string;

test.beforeAll(async () => {
  const db = testDb();
  const district = await createDistrict(db, await createProvince(db));
  organizer = await createUser(db, "DISTRICT_ORGANIZER", district.id);
  world = { district, otherProvinceDistrict: loadWorld().otherProvinceDistrict };
  const task = await createTask(db, district, { title: "Chuẩn bị hội trường" });
  taskTitle = task.title;
  taskId = task.id;
});

test.beforeEach(async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
});

test("titles name the page, the record and the place", async ({ page }) => {
  const d = `/districts/${world.district.id}`;
  const c = `${d}/congresses/${world.district.congressId}`;
  const unit = world.district.grassroots[0]!;
  const cases: [string, string][] = [
    [d, `Tổng quan huyện · ${world.district.name} · Kế hoạch Đại hội`],
    [`${d}/units/${unit.id}`, `Đơn vị: ${unit.name} · ${world.district.name} · Kế hoạch Đại hội`],
    [c, `Tổng quan đại hội · Đại hội đại biểu lần thứ V · ${world.district.name} · Kế hoạch Đại hội`],
    [`${c}/tasks`, `Nhiệm vụ · Đại hội đại biểu lần thứ V · ${world.district.name} · Kế hoạch Đại hội`],
    [`${c}/tasks/${taskId}`, `Nhiệm vụ: ${taskTitle} · Đại hội đại biểu lần thứ V · ${world.district.name} · Kế hoạch Đại hội`],
    [`${c}/delegates`, `Danh sách đại biểu · Đại hội đại biểu lần thứ V · ${world.district.name} · Kế hoạch Đại hội`],
    [`${d}/audit`, `Nhật ký thay đổi · ${world.district.name} · Kế hoạch Đại hội`],
  ];
  for (const [path, title] of cases) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
});

test("another district's page keeps its name out of the title", async ({ page }) => {
  const other = world.otherProvinceDistrict;
  await page.goto(`/districts/${other.id}/units/${other.grassroots[0]!.id}`);
  const title = await page.title();
  expect(title).not.toContain(other.name);
  expect(title).not.toContain(other.grassroots[0]!.name);
  await page.goto(`/districts/${other.id}/congresses/${other.congressId}/tasks`);
  expect(await page.title()).not.toContain(other.name);
});

test("English titles for an English reader", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto(`/districts/${world.district.id}/congresses/${world.district.congressId}/tasks`);
  await expect(page).toHaveTitle(new RegExp(`^Tasks · .* · ${world.district.name} · `));
});
