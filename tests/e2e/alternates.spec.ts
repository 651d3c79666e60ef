import { type Page, expect, test } from "@playwright/test";
import { createDelegates, createOrganisation, createProvince, createUser, type TestOrganisation, type TestUser } from "../../prisma/seed/factories";
import { signIn, testDb } from "./support/world";

// Đại biểu dự khuyết, as an organizer records them: an organisation of its own, so no other spec's counts move.
let organisation: TestOrganisation;
let organizer: TestUser;

test.beforeAll(async () => {
  const db = testDb();
  const province = await createProvince(db);
  organisation = await createOrganisation(db, province, { grassroots: 2 });
  organizer = await createUser(db, "ORGANIZER", organisation.id);
  const [u0, u1] = organisation.grassroots;
  await createDelegates(db, organisation, [
    { fullName: "Phạm Văn Vắng", homeUnitId: u0!.id, credentialStatus: "ACCEPTED" },
    { fullName: "Trần Văn Đủ", homeUnitId: u1!.id, credentialStatus: "ACCEPTED" },
    { fullName: "Lò Thị Khuyết", gender: "FEMALE", ethnicity: "Thái", homeUnitId: u0!.id, credentialStatus: "ACCEPTED" },
  ]);
});

const base = () => `/organisations/${organisation.id}/congresses/${organisation.congressId}`;
// The row's own name link (a replacement note under another name links to this person too).
const rosterRow = (page: Page, name: string) => page.locator("tbody tr", { has: page.locator("th > a", { hasText: new RegExp(`^${name}$`) }) });

test("an organizer marks an alternate, seats them in place of an absent delegate, and the roster, check-in and filters follow", async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
  await page.goto(`${base()}/delegates`);
  await page.getByRole("link", { name: "Lò Thị Khuyết" }).click();
  await page.getByLabel("Đại biểu dự khuyết").check();
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu thông tin đại biểu Lò Thị Khuyết." })).toBeVisible();

  // An alternate replacing no one does not sit: the door list has the two official delegates.
  await page.goto(`${base()}/check-in`);
  await expect(page.getByTestId("check-in-count")).toHaveText("Đã có mặt 0/2");
  await expect(page.getByRole("button", { name: "Có mặt: Lò Thị Khuyết" })).toHaveCount(0);

  await page.goto(`${base()}/delegates?seating=ALTERNATE`);
  await expect(page.getByRole("heading", { name: "Danh sách đại biểu dự khuyết" })).toBeVisible();
  await page.getByRole("link", { name: "Lò Thị Khuyết" }).click();
  const form = page.getByRole("form", { name: "Thay thế đại biểu chính thức" });
  await form.getByRole("button", { name: "Ghi nhận thay thế" }).click();
  await expect(form.getByText("Vui lòng chọn")).toHaveCount(0);
  await form.getByLabel("Đại biểu chính thức vắng mặt").selectOption({ label: `Phạm Văn Vắng · 1980 · ${organisation.grassroots[0]!.name}` });
  await form.getByLabel("Lý do").fill("Ốm, điều trị tại bệnh viện");
  await form.getByLabel("Từ ngày").fill("02/12/2026");
  await form.getByRole("button", { name: "Ghi nhận thay thế" }).click();
  await expect(page.getByText("Đang thay đại biểu Phạm Văn Vắng từ ngày 02/12/2026. Lý do: Ốm, điều trị tại bệnh viện")).toBeVisible();

  // The seated list: two people, the alternate in place of the absent delegate; the heading says so.
  await page.goto(`${base()}/delegates`);
  await page.getByLabel("Chính thức, dự khuyết").selectOption({ label: "Dự đại hội" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("heading", { name: "Danh sách đại biểu dự đại hội" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Hiển thị 2/3 đại biểu" })).toBeVisible();
  await expect(rosterRow(page, "Lò Thị Khuyết")).toContainText("Thay Phạm Văn Vắng từ 02/12/2026");
  await expect(rosterRow(page, "Phạm Văn Vắng")).toHaveCount(0);
  await page.goto(`${base()}/delegates`);
  await expect(rosterRow(page, "Phạm Văn Vắng")).toContainText("Vắng mặt; Lò Thị Khuyết (dự khuyết) thay từ 02/12/2026");

  // At the door the alternate checks in; the absent delegate is not listed; the count stays two.
  await page.goto(`${base()}/check-in`);
  await expect(page.getByTestId("check-in-count")).toHaveText("Đã có mặt 0/2");
  await page.getByRole("button", { name: "Có mặt: Lò Thị Khuyết" }).click();
  await expect(page.getByTestId("check-in-count")).toHaveText("Đã có mặt 1/2");
  await expect(page.getByRole("button", { name: "Có mặt: Phạm Văn Vắng" })).toHaveCount(0);

  // The composition counts the seated: one woman of two (without the replacement: none of two).
  await page.goto(`${base()}/composition`);
  await expect(page.getByRole("row", { name: "Nữ 1 50,00% ≥ 15% Đạt" })).toBeVisible();
});
