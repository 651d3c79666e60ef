import { expect, test } from "@playwright/test";
import { type E2eWorld, loadWorld, storageStatePath } from "./support/world";

let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});

test.describe("an organizer manages the units of its organisation", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("founds a grassroots organisation, then records its dissolution; the counts follow", async ({ page }) => {
    const name = `Chi bộ Trường THCS Thử ${Date.now().toString(36)}`;
    await page.goto(`/organisations/${world.organisation.id}`);
    const intro = page.getByText(/đang hoạt động; \d+ đã giải thể/);
    const activeBefore = Number((await intro.textContent())!.match(/^(\d+)/)![1]);

    await page.getByRole("link", { name: "Thêm tổ chức" }).click();
    await page.getByLabel("Loại hình").selectOption({ label: "Chi bộ cơ sở" });
    await page.getByRole("button", { name: "Thêm tổ chức" }).click();
    await expect(page.getByText("Vui lòng nhập thông tin này.").first()).toBeVisible();
    await page.getByLabel("Tên tổ chức").fill(name);
    await page.getByLabel("Khối").selectOption({ label: "Chi bộ trực thuộc cấp ủy" });
    await page.getByLabel("Số đảng viên").fill("23");
    await page.getByRole("button", { name: "Thêm tổ chức" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    await page.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Đã giải thể" });
    await page.getByLabel("Ngày có hiệu lực").fill("15/01/2020");
    await page.getByLabel("Ghi chú").fill("Quyết định số 45-QĐ/HU");
    await page.getByRole("button", { name: "Lưu tình trạng" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã cập nhật tình trạng tổ chức." })).toBeVisible();
    await expect(page.getByText("Đã giải thể từ 15/01/2020 — Quyết định số 45-QĐ/HU")).toBeVisible();

    await page.goto(`/organisations/${world.organisation.id}`);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Đã giải thể");
    await expect(intro).toHaveText(new RegExp(`^${activeBefore} đang hoạt động; 1 đã giải thể`));
  });

  test("works at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/organisations/${world.organisation.id}/units/new`);
    await expect(page.getByLabel("Tên tổ chức")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStatePath("VIEWER") });

  test("sees the units but no way to change them", async ({ page }) => {
    await page.goto(`/organisations/${world.organisation.id}`);
    await expect(page.getByRole("link", { name: "Thêm tổ chức" })).toHaveCount(0);
    expect((await page.goto(`/organisations/${world.organisation.id}/units/new`))?.status()).toBe(404);
    await page.goto(`/organisations/${world.organisation.id}/units/${world.organisation.grassroots[0]!.id}`);
    await expect(page.getByRole("button", { name: "Lưu tình trạng" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Lưu" })).toHaveCount(0);
  });
});

test.describe("another organisation's organizer", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("gets 404 on the unit pages of an organisation not its own", async ({ page }) => {
    const other = world.sameProvinceOrganisation;
    expect((await page.goto(`/organisations/${other.id}/units/new`))?.status()).toBe(404);
    expect((await page.goto(`/organisations/${other.id}/units/${other.grassroots[0]!.id}`))?.status()).toBe(404);
    expect((await page.goto(`/organisations/${world.organisation.id}/units/${other.grassroots[0]!.id}`))?.status()).toBe(404);
  });
});
