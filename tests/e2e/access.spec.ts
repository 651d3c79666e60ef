import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, nextTerm } from "../../prisma/seed/demo-data";
import { vietnamDate } from "../../lib/dates";
import { type E2eWorld, loadWorld, signIn, storageStatePath, testDb } from "./support/world";

// Made by the setup project; read once the tests run, not when they are collected.
let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});
const NOT_FOUND = "Không tìm thấy trang";

test.describe("an organisation organizer", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("opens its own organisation and congress", async ({ page }) => {
    const res = await page.goto(`/organisations/${world.organisation.id}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: world.organisation.name })).toBeVisible();
    await page.getByRole("link", { name: "Đại hội đại biểu lần thứ V" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("lần thứ V, nhiệm kỳ 2030–2035");
  });

  test("gets 404 on every page of another organisation, in or out of its province", async ({ page }) => {
    for (const other of [world.sameProvinceOrganisation, world.otherProvinceOrganisation]) {
      for (const url of [`/organisations/${other.id}`, `/organisations/${other.id}/congresses/${other.congressId}`, `/organisations/${world.organisation.id}/congresses/${other.congressId}`]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(404);
        await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
        await expect(page.getByText(other.name)).toHaveCount(0);
      }
    }
    expect((await page.goto(`/provinces/${world.province.id}`))?.status()).toBe(404);
    expect((await page.goto(`/organisations/not-a-uuid`))?.status()).toBe(404);
  });
});

test.describe("a province overseer", () => {
  test.use({ storageState: storageStatePath("PROVINCE_OVERSEER") });

  test("sees every organisation of its province and no other province", async ({ page }) => {
    await page.goto(`/provinces/${world.province.id}`);
    await expect(page.getByRole("link", { name: world.organisation.name })).toBeVisible();
    await expect(page.getByRole("link", { name: world.sameProvinceOrganisation.name })).toBeVisible();
    expect((await page.goto(`/organisations/${world.sameProvinceOrganisation.id}`))?.status()).toBe(200);
    expect((await page.goto(`/organisations/${world.otherProvinceOrganisation.id}`))?.status()).toBe(404);
    expect((await page.goto(`/provinces/${world.otherProvince.id}`))?.status()).toBe(404);
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStatePath("VIEWER") });

  test("reads its organisation and nothing else", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/organisations/${world.organisation.id}$`));
    expect((await page.goto(`/organisations/${world.sameProvinceOrganisation.id}`))?.status()).toBe(404);
  });
});

test.describe("the demo accounts", () => {
  const TU = () => world.demoOrganisations["LC-XTU"]!;
  const AP = () => world.demoOrganisations["AG-XAP"]!;
  const historyTU = () => world.demoOrganisations["LC-TU"]!;

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role}${account.unit ? ` @ ${account.unit}` : ""} signs in and sees only what its role allows`, async ({ page }) => {
      const password = world.demo.find((a) => a.email === account.email)!.password;
      await signIn(page, account.email, password);
      if (account.role === "ADMIN") {
        await page.goto("/");
        for (const name of ["Đảng bộ tỉnh Lai Châu", "Đảng bộ tỉnh An Giang", "Đảng bộ tỉnh Bạc Liêu", "Đảng bộ tỉnh Đắk Nông", "Đảng bộ tỉnh Bắc Kạn"]) {
          await expect(page.getByRole("heading", { name })).toBeVisible();
        }
        expect((await page.goto(`/organisations/${AP().id}`))?.status()).toBe(200);
      } else if (account.role === "PROVINCE_OVERSEER") {
        await page.goto("/");
        await expect(page.getByRole("heading", { name: "Đảng bộ tỉnh Lai Châu" })).toBeVisible();
        await expect(page.getByRole("heading", { name: "Đảng bộ tỉnh An Giang" })).toHaveCount(0);
        expect((await page.goto(`/organisations/${TU().id}`))?.status()).toBe(200);
        expect((await page.goto(`/organisations/${AP().id}`))?.status()).toBe(404);
        // The province page: today's map, and the district that ended on 1/7/2025 as history.
        await page.goto(`/provinces/${TU().provinceId}`);
        await expect(page.getByRole("heading", { name: "Bản đồ hiện nay" })).toBeVisible();
        await expect(page.getByRole("heading", { level: 3, name: "Đảng bộ xã Tân Uyên" })).toBeVisible();
        const history = page.getByRole("region", { name: "Lịch sử: các đảng bộ đã giải thể, sáp nhập" });
        await expect(history.getByRole("link", { name: "Đảng bộ huyện Tân Uyên" })).toBeVisible();
        await expect(history).toContainText("Đã giải thể từ 01/07/2025");
      } else {
        const own = account.unit === "AG-XAP" ? AP() : TU();
        const other = account.unit === "AG-XAP" ? TU() : AP();
        await expect(page).toHaveURL(new RegExp(`/organisations/${own.id}$`));
        await expect(page.getByRole("heading", { level: 1, name: own.name })).toBeVisible();
        if (account.unit === "LC-XTU") {
          // The organisation page shows the term in preparation (the demo's live congress), partly held.
          const held = await testDb().congress.count({ where: { organisationId: own.id, termStart: nextTerm(vietnamDate()).start, status: "HELD", unitId: { not: own.id } } });
          expect(held).toBeLessThan(20);
          await expect(page.getByText(`${held}/20 tổ chức cơ sở đảng đã tổ chức đại hội`)).toBeVisible();
          // huyện Tân Uyên's records are kept by the commune: its pages read, its forms absent.
          expect((await page.goto(`/organisations/${historyTU().id}`))?.status()).toBe(200);
        }
        expect((await page.goto(`/organisations/${other.id}`))?.status()).toBe(404);
        expect((await page.goto(`/provinces/${own.provinceId}`))?.status()).toBe(404);
      }
    });
  }
});
