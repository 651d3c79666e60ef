import { readFileSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { createDelegates, createOrganisation, createProvince, createUser, type TestOrganisation, type TestUser } from "../../prisma/seed/factories";
import { pdfText } from "./support/files";
import { type E2eWorld, loadWorld, signIn, storageStatePath, testDb } from "./support/world";

// An organisation of its own, so these edits and check-ins never meet the counts other specs expect.
let world: E2eWorld;
let organisation: TestOrganisation;
let organizer: TestUser;
let viewer: TestUser;
let ids: Record<string, string>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  world = loadWorld();
  const db = testDb();
  const province = await createProvince(db);
  organisation = await createOrganisation(db, province, { grassroots: 3 });
  organizer = await createUser(db, "ORGANIZER", organisation.id);
  viewer = await createUser(db, "VIEWER", organisation.id);
  const [u0, u1] = organisation.grassroots;
  const rows = await createDelegates(db, organisation, [
    { fullName: "Phạm Văn Sửa", homeUnitId: u0!.id, credentialStatus: "ACCEPTED" },
    { fullName: "Trần Thị Cửa", gender: "FEMALE", homeUnitId: u1!.id, credentialStatus: "ACCEPTED" },
    { fullName: "Lò Văn Đến", ethnicity: "Thái", category: "EX_OFFICIO", homeUnitId: null, credentialStatus: "ACCEPTED" },
    { fullName: "Vi Văn Chờ", homeUnitId: u1!.id, credentialStatus: "PENDING" },
    { fullName: "Hà Thị Loại", gender: "FEMALE", homeUnitId: u0!.id, credentialStatus: "REJECTED" },
  ]);
  ids = Object.fromEntries(rows.map((r) => [r.fullName, r.id]));
});

const base = () => `/organisations/${organisation.id}/congresses/${organisation.congressId}`;
const rosterRow = (page: Page, name: string) => page.locator("tbody tr", { has: page.locator("th", { hasText: name }) });
/** Today in Vietnam as dd/mm/yyyy, as the check-in time is shown. */
const today = () => new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

test("an organizer edits a delegate and sees the change in the roster", async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
  await page.goto(`${base()}/delegates`);
  await page.getByRole("link", { name: "Phạm Văn Sửa" }).click();
  await expect(page.getByRole("heading", { name: "Phạm Văn Sửa" })).toBeVisible();

  await page.getByLabel("Họ và tên").fill("Phạm Văn  Ánh ");
  await page.getByLabel("Ngày sinh").fill("31/02/1980");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Ngày không hợp lệ (dd/mm/yyyy).")).toBeVisible();
  await page.getByLabel("Ngày sinh").fill("1979");
  await page.getByLabel("Dân tộc").fill("tay");
  await page.getByLabel("Chức vụ").fill("Bí thư Đảng ủy xã");
  await page.getByLabel("Đơn vị bầu, cử").selectOption({ label: `${organisation.grassroots[2]!.name}` });
  await page.getByLabel("Tổ", { exact: true }).fill("Tổ 2");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu thông tin đại biểu Phạm Văn Ánh." })).toBeVisible();
  // The form shows what was stored: the name cleaned, the ethnic group's proper name.
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Phạm Văn Ánh");
  await expect(page.getByLabel("Dân tộc")).toHaveValue("Tày");

  await page.getByRole("link", { name: "Về danh sách đại biểu" }).click();
  const row = rosterRow(page, "Phạm Văn Ánh");
  await expect(row).toContainText("1979");
  await expect(row).toContainText("Tày");
  await expect(row).toContainText("Bí thư Đảng ủy xã");
  await expect(row).toContainText(organisation.grassroots[2]!.name);
  await expect(row).toContainText("Tổ 2");
  await expect(page.getByRole("link", { name: "Phạm Văn Sửa" })).toHaveCount(0);
  // Sorted by given name: Ánh comes first now.
  await expect(page.locator("tbody th[scope=row]").first()).toHaveText(/^Phạm Văn Ánh/);
});

test("a save from a page loaded before someone else's save is refused, and the newer values are shown", async ({ page, context }) => {
  await signIn(page, organizer.email, organizer.password);
  const url = `${base()}/delegates/${ids["Trần Thị Cửa"]}`;
  const other = await context.newPage();
  await Promise.all([page.goto(url), other.goto(url)]);

  await other.getByLabel("Chức vụ").fill("Chủ tịch Hội Phụ nữ xã");
  await other.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Đã lưu thông tin đại biểu Trần Thị Cửa." })).toBeVisible();

  await page.getByLabel("Ghi chú").fill("Sửa từ trang cũ");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Người khác vừa lưu thay đổi cho mục này." })).toBeVisible();
  await expect(page.getByLabel("Chức vụ")).toHaveValue("Chủ tịch Hội Phụ nữ xã");
  await expect(page.getByLabel("Ghi chú")).toHaveValue("");
  expect((await testDb().delegate.findUniqueOrThrow({ where: { id: ids["Trần Thị Cửa"] } })).note).toBeNull();

  // Now on the newer version, the same change goes through.
  await page.getByLabel("Ghi chú").fill("Sửa sau khi xem lại");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu thông tin đại biểu Trần Thị Cửa." })).toBeVisible();
  expect(await testDb().delegate.findUniqueOrThrow({ where: { id: ids["Trần Thị Cửa"] }, select: { note: true, position: true } })).toEqual({ note: "Sửa sau khi xem lại", position: "Chủ tịch Hội Phụ nữ xã" });
});

test("check-in at the door on a 375 px phone: search without diacritics, the counter follows, undo", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, organizer.email, organizer.password);
  await page.goto(base());
  await page.getByRole("link", { name: "Điểm danh" }).click();
  await expect(page.getByRole("heading", { name: "Điểm danh đại biểu" })).toBeVisible();
  const counter = page.getByTestId("check-in-count");
  // Official delegates only: the pending and the rejected one are neither listed nor counted.
  await expect(counter).toHaveText("Đã có mặt 0/3");
  await expect(page.getByRole("button", { name: /^Có mặt: / })).toHaveCount(3);
  await expect(page.getByText("Vi Văn Chờ")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.getByLabel("Tìm đại biểu").fill("tran thi cua");
  await expect(page.getByRole("button", { name: /^Có mặt: / })).toHaveCount(1);
  const button = page.getByRole("button", { name: "Có mặt: Trần Thị Cửa" });
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await button.click();
  await expect(counter).toHaveText("Đã có mặt 1/3");
  await expect(page.getByText(new RegExp(`^Có mặt lúc ${today()} \\d{2}:\\d{2}$`))).toBeVisible();
  const stored = (await testDb().delegate.findUniqueOrThrow({ where: { id: ids["Trần Thị Cửa"] } })).checkedInAt!;
  expect(Math.abs(stored.getTime() - Date.now())).toBeLessThan(120_000);

  await page.getByLabel("Tìm đại biểu").fill("LÒ VĂN");
  await page.getByRole("button", { name: "Có mặt: Lò Văn Đến" }).click();
  await expect(counter).toHaveText("Đã có mặt 2/3");
  await page.getByLabel("Tìm đại biểu").fill("");
  await page.getByRole("button", { name: "Hoàn tác điểm danh: Lò Văn Đến" }).click();
  await expect(counter).toHaveText("Đã có mặt 1/3");
  expect((await testDb().delegate.findUniqueOrThrow({ where: { id: ids["Lò Văn Đến"] } })).checkedInAt).toBeNull();

  await page.getByRole("button", { name: /^Đã có mặt \(/ }).click();
  await expect(page.getByRole("list", { name: "Điểm danh đại biểu" }).getByRole("listitem")).toHaveCount(1);
  await page.reload();
  await expect(counter).toHaveText("Đã có mặt 1/3");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("an organizer shares the official delegates into groups; the roster shows them", async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
  await page.goto(`${base()}/groups`);
  await page.getByLabel("Số tổ").fill("2");
  await expect(page.getByTestId("groups-preview")).toHaveText("Dự kiến: 2, 1. Không đơn vị nào bị tách.");
  await page.getByRole("button", { name: "Chia tổ" }).click();
  await expect(page.getByText("Đã chia 3 đại biểu vào 2 tổ.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Tổ 1/ })).toContainText("2 đại biểu");
  await expect(page.getByRole("heading", { name: /^Tổ 2/ })).toContainText("1 đại biểu");
  await page.goto(`${base()}/delegates`);
  for (const name of ["Phạm Văn Ánh", "Trần Thị Cửa", "Lò Văn Đến"]) await expect(rosterRow(page, name)).toContainText(/Tổ [12]/);
  // The exports print the group too.
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải PDF" }).click()]);
  const pdf = await pdfText(readFileSync((await file.path())!));
  expect(pdf.text).toContain("Tổ 1");
  expect(pdf.text).toContain("Tổ 2");
});

test("a viewer reads the record with no edit controls and no check-in", async ({ page }) => {
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`${base()}/delegates`);
  await page.getByRole("link", { name: "Trần Thị Cửa" }).click();
  await expect(page.getByRole("heading", { name: "Trần Thị Cửa" })).toBeVisible();
  await expect(page.getByText("Chủ tịch Hội Phụ nữ xã")).toBeVisible();
  await expect(page.getByText("Bạn chỉ được xem thông tin này")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu thay đổi" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Điểm danh" })).toHaveCount(0);
  expect((await page.goto(`${base()}/check-in`))?.status()).toBe(404);
  await page.goto(`${base()}/groups`);
  await expect(page.getByRole("heading", { name: /^Tổ 1/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Chia tổ" })).toHaveCount(0);
});

test.describe("another organisation's organizer", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("gets a real 404 on the delegate, check-in and groups pages", async ({ page }) => {
    for (const url of [`${base()}/delegates/${ids["Trần Thị Cửa"]}`, `${base()}/check-in`, `${base()}/groups`, `/organisations/${world.organisation.id}/congresses/${world.organisation.congressId}/delegates/${ids["Trần Thị Cửa"]}`]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByText("Trần Thị Cửa")).toHaveCount(0);
    }
  });
});
