import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, NEXT_TERM } from "../../prisma/seed/demo-data";
import { type E2eWorld, loadWorld, signIn, storageStatePath, testDb } from "./support/world";

// Made by the setup project; read once the tests run, not when they are collected.
let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});
const NOT_FOUND = "Không tìm thấy trang";

test.describe("a district organizer", () => {
  test.use({ storageState: storageStatePath("DISTRICT_ORGANIZER") });

  test("opens its own district and congress", async ({ page }) => {
    const res = await page.goto(`/districts/${world.district.id}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: world.district.name })).toBeVisible();
    await page.getByRole("link", { name: "Đại hội đại biểu lần thứ V" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("lần thứ V, nhiệm kỳ 2030–2035");
  });

  test("gets 404 on every page of another district, in or out of its province", async ({ page }) => {
    for (const other of [world.sameProvinceDistrict, world.otherProvinceDistrict]) {
      for (const url of [`/districts/${other.id}`, `/districts/${other.id}/congresses/${other.congressId}`, `/districts/${world.district.id}/congresses/${other.congressId}`]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(404);
        await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
        await expect(page.getByText(other.name)).toHaveCount(0);
      }
    }
    expect((await page.goto(`/provinces/${world.province.id}`))?.status()).toBe(404);
    expect((await page.goto(`/districts/not-a-uuid`))?.status()).toBe(404);
  });
});

test.describe("a province overseer", () => {
  test.use({ storageState: storageStatePath("PROVINCE_OVERSEER") });

  test("sees every district of its province and no other province", async ({ page }) => {
    await page.goto(`/provinces/${world.province.id}`);
    await expect(page.getByRole("link", { name: world.district.name })).toBeVisible();
    await expect(page.getByRole("link", { name: world.sameProvinceDistrict.name })).toBeVisible();
    expect((await page.goto(`/districts/${world.sameProvinceDistrict.id}`))?.status()).toBe(200);
    expect((await page.goto(`/districts/${world.otherProvinceDistrict.id}`))?.status()).toBe(404);
    expect((await page.goto(`/provinces/${world.otherProvince.id}`))?.status()).toBe(404);
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStatePath("VIEWER") });

  test("reads its district and nothing else", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/districts/${world.district.id}$`));
    expect((await page.goto(`/districts/${world.sameProvinceDistrict.id}`))?.status()).toBe(404);
  });
});

test.describe("the demo accounts", () => {
  const TU = () => world.demoDistricts["LC-TU"]!;
  const AP = () => world.demoDistricts["AG-AP"]!;

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role}${account.unit ? ` @ ${account.unit}` : ""} signs in and sees only what its role allows`, async ({ page }) => {
      const password = world.demo.find((a) => a.email === account.email)!.password;
      await signIn(page, account.email, password);
      if (account.role === "ADMIN") {
        await page.goto("/");
        for (const name of ["Đảng bộ tỉnh Lai Châu", "Đảng bộ tỉnh An Giang", "Đảng bộ tỉnh Bạc Liêu", "Đảng bộ tỉnh Đắk Nông", "Đảng bộ tỉnh Bắc Kạn"]) {
          await expect(page.getByRole("heading", { name })).toBeVisible();
        }
        expect((await page.goto(`/districts/${AP().id}`))?.status()).toBe(200);
      } else if (account.role === "PROVINCE_OVERSEER") {
        await page.goto("/");
        await expect(page.getByRole("heading", { name: "Đảng bộ tỉnh Lai Châu" })).toBeVisible();
        await expect(page.getByRole("heading", { name: "Đảng bộ tỉnh An Giang" })).toHaveCount(0);
        expect((await page.goto(`/districts/${TU().id}`))?.status()).toBe(200);
        expect((await page.goto(`/districts/${AP().id}`))?.status()).toBe(404);
      } else {
        const own = account.unit === "AG-AP" ? AP() : TU();
        const other = account.unit === "AG-AP" ? TU() : AP();
        await expect(page).toHaveURL(new RegExp(`/districts/${own.id}$`));
        await expect(page.getByRole("heading", { level: 1, name: own.name })).toBeVisible();
        if (account.unit === "LC-TU") {
          // The district page shows the term in preparation (the demo's live congress), partly held.
          const held = await testDb().congress.count({ where: { districtId: own.id, termStart: NEXT_TERM.start, status: "HELD", unitId: { not: own.id } } });
          expect(held).toBeLessThan(47);
          await expect(page.getByText(`${held}/47 tổ chức cơ sở đảng đã tổ chức đại hội`)).toBeVisible();
        }
        expect((await page.goto(`/districts/${other.id}`))?.status()).toBe(404);
        expect((await page.goto(`/provinces/${own.provinceId}`))?.status()).toBe(404);
      }
    });
  }
});
