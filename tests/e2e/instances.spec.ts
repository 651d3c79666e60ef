import { expect, test } from "@playwright/test";
import { createCongressDocument, createUser } from "../../prisma/seed/factories";
import { docxBytes } from "../support/office-files";
import { type E2eWorld, loadWorld, signIn, testDb } from "./support/world";

// npm test starts two production servers on one database (E2E_BASE_URL and E2E_BASE_URL_B), as
// a province runs several instances behind a load balancer. Cookies do not depend on the port,
// so one browser context talks to both.
const A = process.env.E2E_BASE_URL!;
const B = process.env.E2E_BASE_URL_B!;

let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});

test.describe("two instances on one database", () => {
  test.skip(!B, "needs the second instance that npm test starts");

  test("a session made on one instance works on the other, and a server action there takes effect everywhere", async ({ page }) => {
    const user = await createUser(testDb(), "MEMBER", world.organisation.id);
    await signIn(page, user.email, user.password);
    expect(page.url().startsWith(A)).toBe(true);

    await page.goto(`${B}/settings`);
    await expect(page.getByText(`Đang đăng nhập: ${user.name}`)).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Language changed." })).toBeVisible();

    await page.goto(`${A}/settings`);
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    expect((await testDb().user.findUnique({ where: { id: user.id } }))?.locale).toBe("en");
  });

  test("failed sign-ins on one instance count on the other", async ({ page }) => {
    const user = await createUser(testDb(), "VIEWER", world.organisation.id);
    const fail = async (base: string, i: number) => {
      await page.goto(`${base}/sign-in`);
      await page.getByLabel("Thư điện tử").fill(user.email);
      await page.getByLabel("Mật khẩu").fill(`wrong-password-${i}`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByText("Thư điện tử hoặc mật khẩu không đúng.")).toBeVisible();
    };
    for (const [i, base] of [A, B, A, B, A].entries()) await fail(base, i);
    await page.goto(`${B}/sign-in`);
    await page.getByLabel("Thư điện tử").fill(user.email);
    await page.getByLabel("Mật khẩu").fill(user.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Tài khoản tạm khóa" })).toBeVisible();
  });

  test("a file uploaded through one instance downloads through the other, byte for byte", async ({ page }) => {
    const user = await createUser(testDb(), "ORGANIZER", world.organisation.id);
    const doc = await createCongressDocument(testDb(), world.organisation, { title: "Báo cáo kiểm điểm của cấp ủy" });
    await signIn(page, user.email, user.password);
    await page.goto(`${A}/organisations/${world.organisation.id}/congresses/${world.organisation.congressId}/documents/${doc.id}`);
    const bytes = Buffer.from(docxBytes("Báo cáo kiểm điểm — bản tải lên qua máy chủ A"));
    await page.getByLabel("Tệp văn kiện").setInputFiles({ name: "Kiểm điểm.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: bytes });
    await page.getByRole("button", { name: "Tải lên bản mới" }).click();
    await expect(page.getByText("Đã lưu bản 1.")).toBeVisible();
    const href = (await page.getByRole("link", { name: "Bản 1 — Kiểm điểm.docx" }).getAttribute("href"))!;

    const fromB = await page.request.get(`${B}${href}`);
    expect(fromB.status()).toBe(200);
    expect(Buffer.from(await fromB.body()).equals(bytes)).toBe(true);
    // The page on the other instance lists the same version.
    await page.goto(`${B}/organisations/${world.organisation.id}/congresses/${world.organisation.congressId}/documents/${doc.id}`);
    await expect(page.getByRole("link", { name: "Bản 1 — Kiểm điểm.docx" })).toBeVisible();
  });
});
