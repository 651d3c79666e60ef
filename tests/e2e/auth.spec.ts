import { expect, test } from "@playwright/test";
import { createUser } from "../../prisma/seed/factories";
import { type E2eWorld, loadWorld, signIn, testDb } from "./support/world";

// Made by the setup project; read once the tests run, not when they are collected.
let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});

test.describe("signing in and out", () => {
  test("the sign-in page is in Vietnamese and explains empty fields", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Vui lòng nhập thông tin này.")).toHaveCount(2);
  });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    const user = await createUser(testDb(), "VIEWER", world.organisation.id);
    await page.goto("/sign-in");
    await page.getByLabel("Thư điện tử").fill(user.email);
    await page.getByLabel("Mật khẩu").fill("not-the-password");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Thư điện tử hoặc mật khẩu không đúng." })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an organizer signs in, lands in its organisation, and signs out", async ({ page }) => {
    const user = await createUser(testDb(), "ORGANIZER", world.organisation.id);
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(new RegExp(`/organisations/${world.organisation.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: world.organisation.name })).toBeVisible();
    await expect(page.getByText(`Đang đăng nhập: ${user.name}`)).toBeVisible();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(`/organisations/${world.organisation.id}`);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("five failures within 15 minutes lock the account, even for the right password", async ({ page }) => {
    const user = await createUser(testDb(), "VIEWER", world.organisation.id);
    await page.goto("/sign-in");
    await page.getByLabel("Thư điện tử").fill(user.email);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Mật khẩu").fill(`wrong-password-${i}`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByText("Thư điện tử hoặc mật khẩu không đúng.")).toBeVisible();
    }
    await page.getByLabel("Mật khẩu").fill(user.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Tài khoản tạm khóa do đăng nhập sai quá 5 lần trong 15 phút" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    const attempts = await testDb().signInAttempt.count({ where: { email: user.email } });
    expect(attempts).toBe(6);
  });

  test("changing the password ends the other sessions of the account", async ({ browser }) => {
    const user = await createUser(testDb(), "MEMBER", world.organisation.id);
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    await signIn(first, user.email, user.password);
    await signIn(second, user.email, user.password);

    await second.goto("/settings");
    await second.getByLabel("Mật khẩu hiện tại").fill(user.password);
    await second.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-cho-dai-hoi");
    await second.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-cho-dai-hoi");
    await second.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(second.getByText("Đã đổi mật khẩu.")).toBeVisible();

    await first.reload();
    await expect(first).toHaveURL(/\/sign-in/);
    await signIn(first, user.email, "mat-khau-moi-cho-dai-hoi");
    await expect(first).toHaveURL(new RegExp(`/organisations/${world.organisation.id}$`));
  });

  test("the new password must be long enough and not common", async ({ page }) => {
    const user = await createUser(testDb(), "MEMBER", world.organisation.id);
    await signIn(page, user.email, user.password);
    await page.goto("/settings");
    await page.getByLabel("Mật khẩu hiện tại").fill(user.password);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("1234567890");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("1234567890");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(page.getByText("Mật khẩu này quá phổ biến")).toBeVisible();
  });
});

test.describe("health endpoints through the browser's origin", () => {
  test("answer without a session and say nothing about the build", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP that forbids framing, and the app still runs under it", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const res = await page.goto("/sign-in");
    const headers = res!.headers();
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    // Every script in the HTML Next.js sent carries this response's nonce. Chunks loaded later
    // (sonner, after hydration) are inserted by those scripts, which 'strict-dynamic' trusts.
    const scriptNonces = [...(await res!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1] ?? "");
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    // A second request gets another nonce.
    const again = (await page.request.get("/sign-in")).headers()["content-security-policy"];
    expect(/'nonce-([^']+)'/.exec(again!)?.[1]).not.toBe(nonce);
    // Hydrated: client-side validation works, and nothing was blocked.
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Vui lòng nhập thông tin này.")).toHaveCount(2);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  test("session cookies are HttpOnly and SameSite", async ({ page, context }) => {
    const user = await createUser(testDb(), "VIEWER", world.organisation.id);
    await signIn(page, user.email, user.password);
    const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});
