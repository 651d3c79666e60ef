import { type Page, expect, test } from "@playwright/test";
import { createOrganisation, createProvince, createUser } from "../../prisma/seed/factories";
import { testDb } from "./support/world";

// The main flows with the keyboard alone: sign in, skip to the content, open a congress and move
// between its sections, open a disclosure, submit a form with an error (announced) and then right.

/** What has focus: its tag, id, accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? "", id: el?.id ?? "", text: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim() };
  });

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, match: (f: { tag: string; id: string; text: string }) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`not reached with Tab: last focus ${JSON.stringify(await focused(page))}`);
}

test("sign in, move through a congress, open a disclosure and submit a form with the keyboard only", async ({ browser }) => {
  const db = testDb();
  const organisation = await createOrganisation(db, await createProvince(db), { grassroots: 1 });
  const user = await createUser(db, "ORGANIZER", organisation.id);
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  try {
    await page.goto("/sign-in");
    await tabTo(page, (f) => f.id === "email");
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("password");
    await page.keyboard.type(user.password);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/organisations/${organisation.id}$`));

    // The first Tab reaches the skip link, which is shown when focused.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Bỏ qua, tới nội dung chính" })).toBeFocused();
    await expect(page.getByRole("link", { name: "Bỏ qua, tới nội dung chính" })).toBeInViewport();

    await tabTo(page, (f) => f.tag === "a" && f.text.startsWith("Đại hội đại biểu lần thứ"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/congresses/${organisation.congressId}$`));
    await tabTo(page, (f) => f.tag === "a" && f.text === "Lịch trình");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/milestones$/);
    await expect(page.getByRole("link", { name: "Lịch trình", exact: true })).toHaveAttribute("aria-current", "page");

    // A disclosure opens with Enter; submitting it empty announces the errors.
    await tabTo(page, (f) => f.tag === "summary" && f.text.includes("Thêm mốc"));
    await page.keyboard.press("Enter");
    const form = page.locator("details[open] form").last();
    await expect(form).toBeVisible();
    await tabTo(page, (f) => f.tag === "button" && f.text === "Thêm mốc");
    await page.keyboard.press("Enter");
    await expect(form.getByRole("alert").first()).toBeVisible();
    await expect(form.getByLabel("Tên mốc")).toHaveAttribute("aria-invalid", "true");

    await page.keyboard.press("Shift+Tab");
    await tabTo(page, (f) => f.id.endsWith("-name"));
    await page.keyboard.type("Hội nghị phổ biến bằng bàn phím");
    await page.keyboard.press("Tab");
    await page.keyboard.type("01/05/2030");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Đã thêm mốc.").first()).toBeVisible();
    await expect(page.locator("ol > li").filter({ hasText: "Hội nghị phổ biến bằng bàn phím" })).toBeVisible();
  } finally {
    await context.close();
  }
});
