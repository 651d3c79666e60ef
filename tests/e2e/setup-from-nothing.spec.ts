import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { readFileSync } from "node:fs";
import { type Browser, type Download, type Page, expect as baseExpect, test } from "@playwright/test";
import { formatDate } from "../../lib/dates";
import { createDatabase, dropDatabase } from "../../lib/db/admin";
import { type PgConnection, formatDatabaseUrl, parseDatabaseUrl, withDatabase } from "../../lib/db/connection";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { standardCalendar } from "../../lib/milestones/calendar";
import { type AppServer, startAppServer } from "../support/app-server";
import { xlsxRows } from "./support/files";

// The longest walk of the suite, on two servers beside other browsers: each step given the time a
// busy two-core machine takes to answer a server action and refresh the page.
const expect = baseExpect.configure({ timeout: 20_000 });

// Issue 12's first "Done when": a new installation, as a new user meets it. This spec makes its
// own empty database (the shared e2e database holds the demo seed and the test world) and its own
// app server on it; the only row written outside the browser is the CLI-made admin.

const root = path.resolve(import.meta.dirname, "../..");
let conn: PgConnection;
let server: AppServer;
let db: ReturnType<typeof createPrismaClient>;
const admin = { email: "quantri@tinh.example", password: `Admin-${randomBytes(6).toString("hex")}` };

function cli(args: string[], stdin: string, env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/cli.mts", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["pipe", "inherit", "inherit"] });
    child.stdin.end(`${stdin}\n`);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  conn = withDatabase(parseDatabaseUrl(process.env.DATABASE_URL!), `cp_empty_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`);
  await createDatabase(conn);
  await applyMigrations(conn);
  const url = formatDatabaseUrl(conn);
  expect(await cli(["user:create", "--email", admin.email, "--name", "Quản trị Tỉnh", "--role", "ADMIN"], admin.password, { DATABASE_URL: url })).toBe(0);
  db = createPrismaClient(conn, 2);
  // No seed involved: one account, no unit, no congress.
  expect(await db.user.count()).toBe(1);
  expect(await db.unit.count()).toBe(0);
  expect(await db.congress.count()).toBe(0);
  server = await startAppServer({ databaseUrl: url, env: { RATE_LIMIT_SIGN_IN: "1000" } });
});

test.afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  if (conn) await dropDatabase(conn).catch(() => undefined);
});

async function pageAt(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** A first password opens nothing but the form that changes it; then the user signs in again. */
async function changeFirstPassword(page: Page, email: string, first: string, chosen: string) {
  await expect(page.getByText("Mật khẩu này do người khác đặt")).toBeVisible();
  await page.getByLabel("Mật khẩu hiện tại").fill(first);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(chosen);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(chosen);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, chosen);
  await expect(page.getByText("Mật khẩu này do người khác đặt")).toHaveCount(0);
}

/** The admin's first-run walk: province → organisation → its congress → first organizer. */
async function walkSetup(page: Page, o: { province: [string, string]; organisation: [string, string]; opening: string; venue: string; organizer: { name: string; email: string; password: string } }) {
  await page.goto("/setup");
  const step = (name: string) => page.getByRole("form", { name });
  await step("Đảng bộ tỉnh").getByLabel("Mã đơn vị").fill(o.province[0]);
  await step("Đảng bộ tỉnh").getByLabel("Tên", { exact: true }).fill(o.province[1]);
  await step("Đảng bộ tỉnh").getByRole("button", { name: "Tạo" }).click();
  // The level of the congress: a commune (the default since 1/7/2025).
  await expect(step("Đảng bộ tổ chức đại hội").getByLabel("Cấp tổ chức đại hội")).toHaveValue("COMMUNE");
  await step("Đảng bộ tổ chức đại hội").getByLabel("Mã đơn vị").fill(o.organisation[0]);
  await step("Đảng bộ tổ chức đại hội").getByLabel("Tên", { exact: true }).fill(o.organisation[1]);
  await step("Đảng bộ tổ chức đại hội").getByLabel("Số đảng viên").fill("1450");
  await step("Đảng bộ tổ chức đại hội").getByRole("button", { name: "Tạo" }).click();
  const congress = step("Đại hội");
  await congress.getByLabel("Đại hội lần thứ").fill("23");
  await congress.getByLabel("Nhiệm kỳ từ năm").fill("2025");
  await congress.getByLabel("đến năm").fill("2030");
  await congress.getByLabel("Ngày khai mạc dự kiến").fill(o.opening);
  await congress.getByLabel("Địa điểm").fill(o.venue);
  await congress.getByRole("button", { name: "Tạo" }).click();
  const account = step("Tài khoản người tổ chức");
  await account.getByLabel("Họ và tên").fill(o.organizer.name);
  await account.getByLabel("Email").fill(o.organizer.email);
  await account.getByLabel(/^Mật khẩu ban đầu/).fill(o.organizer.password);
  await account.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByText("Đã xong.")).toBeVisible();
}

test("a new installation: the admin sets up an organisation, its organizer prepares the congress, another organisation sees none of it", async ({ browser }) => {
  test.setTimeout(360_000);
  const adminPage = await pageAt(browser);
  await signIn(adminPage, admin.email, admin.password);
  // An empty installation sends its admin to the first-run walk.
  await expect(adminPage).toHaveURL(/\/setup$/);
  const organizer = { name: "Lò Văn Tổ", email: "tochuc@tanuyen.example", password: `Tam-${randomBytes(6).toString("hex")}` };
  await walkSetup(adminPage, { province: ["LC", "Đảng bộ tỉnh Lai Châu"], organisation: ["LC-XTU", "Đảng bộ xã Tân Uyên"], opening: "08/06/2030", venue: "Hội trường Đảng ủy xã Tân Uyên", organizer });
  const other = { name: "Hà Thị Khác", email: "tochuc@anphu.example", password: `Tam-${randomBytes(6).toString("hex")}` };
  await walkSetup(adminPage, { province: ["AG", "Đảng bộ tỉnh An Giang"], organisation: ["AG-XAP", "Đảng bộ xã An Phú"], opening: "15/07/2030", venue: "Hội trường An Phú", organizer: other });

  const organisation = await db.unit.findFirstOrThrow({ where: { code: "LC-XTU" }, select: { id: true } });
  const congressRow = await db.congress.findFirstOrThrow({ where: { unitId: organisation.id }, select: { id: true, venue: true, ordinal: true, status: true } });
  expect(congressRow).toMatchObject({ venue: "Hội trường Đảng ủy xã Tân Uyên", ordinal: 23, status: "PREPARING" });
  const base = `/organisations/${organisation.id}/congresses/${congressRow.id}`;

  // The organizer signs in with the first password and must change it.
  const org = await pageAt(browser);
  await signIn(org, organizer.email, organizer.password);
  const chosen = `Tan-Uyen-${randomBytes(6).toString("hex")}`;
  await changeFirstPassword(org, organizer.email, organizer.password, chosen);

  // The standard calendar, dated from the opening.
  await org.goto(`${base}/milestones`);
  await org.getByRole("button", { name: "Áp dụng lịch chuẩn" }).click();
  await expect(org.getByText("Đã có đủ 8 mốc của lịch chuẩn.")).toBeVisible();
  const calendar = standardCalendar("2030-06-08");
  for (const m of [calendar[0]!, calendar[7]!]) await expect(org.getByText(`Dự kiến ${formatDate(m.plannedOn)}`)).toBeVisible();

  // A sub-committee.
  await org.goto(`${base}/sub-committees`);
  await org.locator("summary", { hasText: "Thêm tiểu ban" }).click();
  const newSub = org.locator("form").filter({ has: org.getByLabel("Loại tiểu ban") }).last();
  await newSub.getByLabel("Loại tiểu ban").selectOption({ label: "Văn kiện" });
  await newSub.getByRole("button", { name: "Thêm tiểu ban" }).click();
  await expect(org.getByRole("region", { name: "Tiểu ban Văn kiện" })).toBeVisible();

  // Two cells of the commune, and three delegates elected by them, imported from a file.
  for (const cell of ["Chi bộ bản Nà Bó", "Chi bộ bản Hô Bon"]) {
    await org.goto(`/organisations/${organisation.id}/units/new`);
    await org.getByLabel("Loại hình").selectOption({ label: "Chi bộ cơ sở" });
    await org.getByLabel("Tên tổ chức").fill(cell);
    await org.getByLabel("Khối").selectOption({ label: "Chi bộ trực thuộc cấp ủy" });
    await org.getByLabel("Số đảng viên").fill("31");
    await org.getByRole("button", { name: "Thêm tổ chức" }).click();
    await expect(org.getByRole("heading", { level: 1, name: cell })).toBeVisible();
  }
  await org.goto(base);
  await org.getByRole("link", { name: "Nhập từ tệp" }).click();
  const header = ["STT", "Họ tên", "Giới tính", "Ngày sinh", "Dân tộc", "Đơn vị", "Loại đại biểu"];
  const rows = [
    ["1", "Lò Văn Pấng", "Nam", "12/05/1975", "Thái", "Chi bộ bản Nà Bó", "Bầu"],
    ["2", "Tòng Thị Bích", "Nữ", "28/02/1982", "Thái", "Chi bộ bản Nà Bó", "Bầu"],
    ["3", "Vàng A Dũng", "Nam", "03/03/1990", "Mông", "Chi bộ bản Hô Bon", "Bầu"],
  ];
  const csv = [header, ...rows].map((r) => r.join(";")).join("\r\n");
  await org.getByLabel("Chọn tệp").setInputFiles({ name: "dai-bieu.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}\r\n`, "utf8") });
  await org.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(org.getByText("Tất cả các dòng đều hợp lệ.")).toBeVisible();
  await org.getByRole("button", { name: "Nhập 3 đại biểu" }).click();
  await expect(org.getByText("Đã nhập 3 đại biểu vào danh sách.")).toBeVisible();
  // The roster as XLSX, issued in the commune's name.
  await org.goto(`${base}/delegates`);
  const [file]: [Download, void] = await Promise.all([org.waitForEvent("download"), org.getByRole("link", { name: "Tải Excel (.xlsx)" }).click()]);
  const book = await xlsxRows(readFileSync((await file.path())!));
  expect(book[0]![0]).toBe("ĐẢNG BỘ XÃ TÂN UYÊN");
  expect(book.flat()).toEqual(expect.arrayContaining(["Lò Văn Pấng", "Tòng Thị Bích", "Vàng A Dũng"]));

  // A member account of the organisation.
  await org.goto(`/organisations/${organisation.id}/accounts`);
  const form = org.getByRole("form", { name: "Tạo tài khoản" });
  await form.getByLabel("Họ và tên").fill("Lò Thị Thành Viên");
  await form.getByLabel("Email").fill("thanhvien@tanuyen.example");
  await form.getByLabel("Vai trò").selectOption({ label: "Thành viên" });
  await form.getByLabel(/^Mật khẩu ban đầu/).fill(`Mem-${randomBytes(6).toString("hex")}`);
  await form.getByRole("button", { name: "Tạo" }).click();
  // Saved: the form empties itself (a reload before that would cancel the action).
  await expect(form.getByLabel("Email")).toHaveValue("");
  await org.reload();
  await expect(org.getByText("thanhvien@tanuyen.example")).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { email: "thanhvien@tanuyen.example" }, select: { mustChangePassword: true, grants: { select: { role: true, unitId: true } } } })).toEqual({
    mustChangePassword: true,
    grants: [{ role: "MEMBER", unitId: organisation.id }],
  });
  // The organizer gives the member a second role here and sends them a new one-time sign-in link.
  const memberRow = org.getByRole("listitem").filter({ hasText: "thanhvien@tanuyen.example" });
  await memberRow.getByRole("combobox", { name: "Vai trò" }).selectOption({ label: "Trưởng, phó tiểu ban" });
  await memberRow.getByRole("button", { name: "Cấp vai trò" }).click();
  await expect(memberRow.getByRole("button", { name: "Thu hồi: Trưởng, phó tiểu ban" })).toBeVisible();
  await memberRow.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  await expect(memberRow.getByText(/^Đường dẫn chỉ hiện một lần/)).toContainText("/sign-in/link#csl_");
  expect((await db.user.findUniqueOrThrow({ where: { email: "thanhvien@tanuyen.example" }, select: { grants: { select: { role: true }, orderBy: { createdAt: "asc" } } } })).grants.map((g) => g.role)).toEqual(["MEMBER", "SUBCOMMITTEE_LEAD"]);

  // The congress is convoked.
  await org.goto(`${base}/edit`);
  await org.getByRole("button", { name: "Chuyển sang: Đã triệu tập" }).click();
  await expect(org.getByText("Tình trạng: Đã triệu tập")).toBeVisible();
  expect((await db.congress.findUniqueOrThrow({ where: { id: congressRow.id }, select: { status: true } })).status).toBe("CONVOKED");

  // The province prepares its own congress: the admin adds a ward beside the commune and the
  // province's organizer, who opens the congress and gives each organisation below its quota.
  const province = await db.unit.findFirstOrThrow({ where: { code: "LC" }, select: { id: true } });
  await adminPage.goto(`/provinces/${province.id}`);
  await adminPage.locator("summary", { hasText: "Thêm đảng bộ trực thuộc" }).click();
  const newOrg = adminPage.getByRole("form", { name: "Đảng bộ tổ chức đại hội" });
  await newOrg.getByLabel("Cấp tổ chức đại hội").selectOption({ label: "Đảng bộ phường" });
  await newOrg.getByLabel("Mã đơn vị").fill("LC-PDP");
  await newOrg.getByLabel("Tên", { exact: true }).fill("Đảng bộ phường Đoàn Kết");
  await newOrg.getByLabel("Số đảng viên").fill("2100");
  await newOrg.getByRole("button", { name: "Tạo" }).click();
  await expect(adminPage.getByRole("link", { name: "Đảng bộ phường Đoàn Kết" })).toBeVisible();
  const provinceOrganizer = { email: "tochuc@tinhuy-laichau.example", password: `Tinh-${randomBytes(6).toString("hex")}` };
  await adminPage.goto(`/organisations/${province.id}/accounts`);
  const provinceAccount = adminPage.getByRole("form", { name: "Tạo tài khoản" });
  await provinceAccount.getByLabel("Họ và tên").fill("Giàng Thị Tỉnh");
  await provinceAccount.getByLabel("Email").fill(provinceOrganizer.email);
  await provinceAccount.getByLabel("Vai trò").selectOption({ label: "Cán bộ tổ chức đại hội" });
  await provinceAccount.getByLabel(/^Mật khẩu ban đầu/).fill(provinceOrganizer.password);
  await provinceAccount.getByRole("button", { name: "Tạo" }).click();
  await expect(provinceAccount.getByLabel("Email")).toHaveValue("");

  const prov = await pageAt(browser);
  await signIn(prov, provinceOrganizer.email, provinceOrganizer.password);
  await changeFirstPassword(prov, provinceOrganizer.email, provinceOrganizer.password, `Lai-Chau-${randomBytes(6).toString("hex")}`);
  await prov.goto(`/organisations/${province.id}`);
  const provinceCongress = prov.getByRole("form", { name: "Đại hội" });
  await provinceCongress.getByLabel("Đại hội lần thứ").fill("15");
  await provinceCongress.getByLabel("Nhiệm kỳ từ năm").fill("2030");
  await provinceCongress.getByLabel("đến năm").fill("2035");
  await provinceCongress.getByLabel("Ngày khai mạc dự kiến").fill("15/10/2030");
  await provinceCongress.getByRole("button", { name: "Tạo" }).click();
  await expect(prov.getByRole("link", { name: "Đại hội đại biểu lần thứ XV" })).toBeVisible();
  const provinceCongressRow = await db.congress.findFirstOrThrow({ where: { unitId: province.id }, select: { id: true, organisationId: true } });
  expect(provinceCongressRow.organisationId).toBe(province.id);
  const provinceBase = `/organisations/${province.id}/congresses/${provinceCongressRow.id}`;
  await prov.goto(`${provinceBase}/quotas`);
  await prov.getByLabel("Đảng bộ xã Tân Uyên").fill("12");
  await prov.getByLabel("Đảng bộ phường Đoàn Kết").fill("18");
  await prov.getByRole("button", { name: "Lưu phân bổ" }).click();
  // Saved (the page then refreshes itself): read what the database holds, patiently on a busy machine.
  const quotas = () => db.delegateQuota.findMany({ where: { congressId: provinceCongressRow.id }, select: { seats: true, unit: { select: { name: true } } }, orderBy: { seats: "asc" } });
  await expect.poll(async () => (await quotas()).map((q) => [q.unit.name, q.seats]), { timeout: 30_000 }).toEqual([["Đảng bộ xã Tân Uyên", 12], ["Đảng bộ phường Đoàn Kết", 18]]);
  // The province's organizer prepares the province's congress, never a commune's.
  for (const url of [base, `${base}/delegates`]) expect((await prov.goto(url))?.status(), url).toBe(404);

  // The organizer of another organisation sees none of it.
  const stranger = await pageAt(browser);
  await signIn(stranger, other.email, other.password);
  await changeFirstPassword(stranger, other.email, other.password, `An-Phu-${randomBytes(6).toString("hex")}`);
  for (const url of [
    `/organisations/${organisation.id}`,
    `/organisations/${organisation.id}/accounts`,
    base,
    `${base}/edit`,
    `${base}/milestones`,
    `${base}/sub-committees`,
    `${base}/delegates`,
    `/organisations/${province.id}`,
    provinceBase,
    `${provinceBase}/quotas`,
  ]) {
    expect((await stranger.goto(url))?.status(), url).toBe(404);
  }
});
