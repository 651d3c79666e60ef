import { readFileSync } from "node:fs";
import { type APIRequestContext, type Download, type Page, expect, test } from "@playwright/test";
import { csvRows, pdfText, xlsxRows } from "./support/files";
import { type E2eWorld, loadWorld, storageStatePath } from "./support/world";

let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});

const congressUrl = () => `/organisations/${world.organisation.id}/congresses/${world.organisation.congressId}`;
const unit = (i: number) => world.organisation.grassroots[i]!.name;

/** A roster as an office writes it: semicolons, a BOM, the header's usual variants. */
function rosterCsv(rows: string[][]): { name: string; mimeType: string; buffer: Buffer } {
  const header = ["STT", "Họ tên", "Giới tính", "Ngày sinh", "Dân tộc", "Lý luận chính trị", "Chức vụ", "Đơn vị", "Loại đại biểu"];
  const lines = [header, ...rows.map((r, i) => [String(i + 1), ...r])].map((r) => r.join(";"));
  return { name: "danh-sach-dai-bieu.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") };
}

const good = () => [
  ["Nguyễn Văn Đức", "Nam", "12/05/1975", "Kinh", "Cao cấp", "Bí thư Đảng ủy xã", unit(0), "Bầu"],
  ["Lò Thị Ánh", "Nữ", "28/02/1982", "Thái", "Trung cấp", "Chủ tịch Hội Phụ nữ", unit(0), "Bầu"],
  ["Hoàng Văn Ước", "Nam", "1978", "Kinh", "Cao cấp", "=Trưởng phòng", "", "Đương nhiên"],
  ["Đặng Thị Ơn", "Nữ", "01/01/1990", "tày", "Trung cấp", "Đảng ủy viên", unit(1), "Bầu"],
  ["Âu Văn Ân", "Nam", "02/02/1985", "Mông", "Sơ cấp", "Trưởng bản", unit(1), "Bầu"],
  ["Vi Văn Ông", "Nam", "03/03/1968", "Kinh", "Cao cấp", "Phó Chủ tịch UBND huyện", unit(2), "Bầu"],
  ["Trần Thị Ê", "Nữ", "03/03/1988", "Kinh", "Cử nhân", "Chánh Văn phòng", "", "Đương nhiên"],
  ["Phan Văn Ăn", "Nam", "1970", "Kinh", "Cao cấp", "Giám đốc Trung tâm", "", "Chỉ định"],
];
// The list's order: given names Ánh, Ăn, Ân, Đức, Ê, Ông, Ơn, Ước (a ă â … d đ … e ê … o ô ơ … u ư).
const ORDER = ["Lò Thị Ánh", "Phan Văn Ăn", "Âu Văn Ân", "Nguyễn Văn Đức", "Trần Thị Ê", "Vi Văn Ông", "Đặng Thị Ơn", "Hoàng Văn Ước"];

async function download(page: Page, name: string): Promise<Buffer> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFileSync((await file.path())!);
}

test.describe.configure({ mode: "serial" });

test.describe("an organizer prepares the roster", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("imports a spreadsheet with mistakes, reads the row errors, fixes and imports it", async ({ page }) => {
    await page.goto(congressUrl());
    await page.getByRole("link", { name: "Nhập từ tệp" }).click();
    await expect(page.getByRole("heading", { name: "Nhập danh sách từ tệp" })).toBeVisible();

    const bad = good();
    bad[1]![2] = "31/02/1982";
    bad[2]![3] = "Kinh Việt";
    bad[5]![6] = "Xã Không Có";
    await page.getByLabel("Chọn tệp").setInputFiles(rosterCsv(bad));
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByRole("heading", { name: "Tệp có 8 dòng dữ liệu: 5 dòng hợp lệ, 3 dòng có lỗi." })).toBeVisible();
    const errors = page.getByRole("table", { name: "Các dòng có lỗi" }).locator("tbody tr");
    await expect(errors).toHaveCount(3);
    await expect(errors.nth(0)).toContainText(/^3\s*Ngày sinh\s*"31\/02\/1982" không phải ngày hợp lệ/);
    await expect(errors.nth(1)).toContainText(/^4\s*Dân tộc\s*"Kinh Việt" không thuộc 54 dân tộc Việt Nam/);
    await expect(errors.nth(2)).toContainText(/^7\s*Đơn vị\s*Không có đơn vị "Xã Không Có"/);
    await expect(page.getByRole("button", { name: "Chỉ nhập 5 dòng hợp lệ" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Nhập \d+ đại biểu$/ })).toHaveCount(0);

    await page.getByLabel("Chọn tệp").setInputFiles(rosterCsv(good()));
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(page.getByText("Tất cả các dòng đều hợp lệ.")).toBeVisible();
    await page.getByRole("button", { name: "Nhập 8 đại biểu" }).click();
    await expect(page.getByText("Đã nhập 8 đại biểu vào danh sách.")).toBeVisible();
    await page.getByRole("link", { name: "Xem danh sách" }).click();
    await expect(page.getByRole("heading", { name: "Danh sách đại biểu" })).toBeVisible();
    await expect(page.locator("tbody th[scope=row]")).toHaveText(ORDER.map((n) => new RegExp(`^${n}`)));
  });

  test("searches without diacritics and reviews credentials", async ({ page }) => {
    await page.goto(`${congressUrl()}/delegates`);
    await page.getByLabel("Tìm theo tên").fill("nguyen van duc");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByText("Hiển thị 1/8 đại biểu")).toBeVisible();
    await expect(page.locator("tbody th[scope=row]")).toHaveText([/^Nguyễn Văn Đức/]);

    await page.getByRole("link", { name: "Bỏ lọc" }).click();
    const row = (name: string) => page.locator("tbody tr", { has: page.locator("th", { hasText: name }) });
    await page.getByRole("button", { name: "Công nhận: Nguyễn Văn Đức", exact: true }).click();
    await expect(row("Nguyễn Văn Đức")).toContainText("Đủ tư cách");
    await page.getByRole("button", { name: "Không công nhận: Vi Văn Ông", exact: true }).click();
    await row("Vi Văn Ông").getByRole("button", { name: "Xác nhận" }).click();
    await expect(row("Vi Văn Ông").getByRole("alert")).toHaveText("Hãy ghi lý do không công nhận tư cách.");
    await row("Vi Văn Ông").getByPlaceholder("Lý do không công nhận").fill("Chuyển sinh hoạt Đảng trước đại hội");
    await row("Vi Văn Ông").getByRole("button", { name: "Xác nhận" }).click();
    await expect(row("Vi Văn Ông")).toContainText("Không đủ tư cách");
    await expect(row("Vi Văn Ông")).toContainText("Chuyển sinh hoạt Đảng trước đại hội");
  });

  test("sees the composition against the targets", async ({ page }) => {
    await page.goto(congressUrl());
    await page.getByRole("link", { name: "Cơ cấu" }).click();
    // Rejected credentials are left out: 7 delegates, 3 women, 3 of an ethnic minority (Thái, Tày, Mông).
    await expect(page.getByText("Tính trên 7 đại biểu")).toBeVisible();
    await expect(page.locator("tr[data-metric=WOMEN]")).toContainText(/Nữ\s*3\s*42,86%\s*≥ 15%\s*Đạt/);
    await expect(page.locator("tr[data-metric=ETHNIC_MINORITY]")).toContainText(/3\s*42,86%\s*20–25%\s*Chưa đạt/);
    // The congress opens on 8/6/2030: the youngest (born 1/1/1990) is 40 by then.
    await expect(page.locator("tr[data-metric=UNDER_40]")).toContainText(/Dưới 40 tuổi\s*0\s*0,00%\s*≥ 15%\s*Chưa đạt/);
  });

  test("downloads XLSX, CSV and PDF rosters with the right content", async ({ page }) => {
    await page.goto(`${congressUrl()}/delegates`);
    const upper = world.organisation.name.toLocaleUpperCase("vi");

    const xlsx = await xlsxRows(await download(page, "Tải Excel (.xlsx)"));
    expect(xlsx[0]![0]).toBe(upper);
    expect(xlsx.flat()).toEqual(expect.arrayContaining(["ĐẢNG CỘNG SẢN VIỆT NAM", "DANH SÁCH ĐẠI BIỂU", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ V"]));
    const head = xlsx.findIndex((r) => r[0] === "STT");
    expect(xlsx[head]!.slice(0, 5)).toEqual(["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc"]);
    expect(xlsx.slice(head + 1).map((r) => r[1])).toEqual(ORDER);
    const ucoc = xlsx.find((r) => r[1] === "Hoàng Văn Ước")!;
    expect(ucoc[3]).toBe("1978");
    expect(ucoc[8]).toBe("'=Trưởng phòng");

    const csvBytes = await download(page, "Tải CSV");
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvRows(csvBytes.subarray(3).toString("utf8"));
    expect(csv[0]!.slice(0, 4)).toEqual(["STT", "Họ và tên", "Giới tính", "Ngày sinh"]);
    expect(csv.slice(1).map((r) => r[1])).toEqual(ORDER);
    expect(csv.find((r) => r[1] === "Nguyễn Văn Đức")!.slice(2, 5)).toEqual(["Nam", "12/05/1975", "Kinh"]);
    expect(csv.find((r) => r[1] === "Hoàng Văn Ước")![8]).toBe("'=Trưởng phòng");

    const pdf = await pdfText(await download(page, "Tải PDF"));
    for (const text of ["ĐẢNG CỘNG SẢN VIỆT NAM", upper, "DANH SÁCH ĐẠI BIỂU", "ngày 08 tháng 6 năm 2030", "Trang 1", ...ORDER]) expect(pdf.text).toContain(text);
    // The roster lists pending and rejected delegates too: its title does not call them official.
    expect(pdf.text).not.toContain("CHÍNH THỨC");
    expect(pdf.text.indexOf("Lò Thị Ánh")).toBeLessThan(pdf.text.indexOf("Hoàng Văn Ước"));
  });
});

/** Every endpoint the OpenAPI document lists, on the given congress. */
async function everyEndpoint(api: APIRequestContext, congressId: string, origin: string) {
  const doc = (await (await api.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  const results: { call: string; status: number }[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.includes("{id}")) continue;
    for (const method of Object.keys(methods)) {
      const url = `/api/v1${path.replace("{id}", congressId)}`;
      const res =
        method === "post"
          ? await api.post(url, { headers: { origin }, multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Họ và tên,Giới tính,Ngày sinh,Dân tộc\n") } } })
          : await api.get(url);
      results.push({ call: `${method} ${path}`, status: res.status() });
    }
  }
  expect(results.length).toBeGreaterThanOrEqual(3);
  return results;
}

test.describe("the API refuses another organisation's congress", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("for a cookie caller and for a token made in the settings page, until it is revoked", async ({ page, playwright, baseURL }) => {
    for (const other of [world.sameProvinceOrganisation, world.otherProvinceOrganisation]) {
      for (const r of await everyEndpoint(page.request, other.congressId, baseURL!)) expect(r, r.call).toEqual({ call: r.call, status: 404 });
    }
    expect((await page.request.get(`/api/v1/congresses/${world.organisation.congressId}/composition`)).status()).toBe(200);

    await page.goto("/settings");
    await page.getByLabel("Tên khóa").fill("Phần mềm tổng hợp");
    // A session alone does not get a token: the password is asked for again.
    await page.getByLabel("Mật khẩu của bạn").fill(world.users.ORGANIZER.password);
    await page.getByRole("button", { name: "Tạo khóa" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^cpt_/);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    for (const other of [world.sameProvinceOrganisation, world.otherProvinceOrganisation]) {
      for (const r of await everyEndpoint(api, other.congressId, baseURL!)) expect(r, r.call).toEqual({ call: r.call, status: 404 });
    }
    const own = await api.get(`/api/v1/congresses/${world.organisation.congressId}/delegates`);
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { delegates: { fullName: string }[] }).delegates.map((d) => d.fullName)).toEqual(ORDER);

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("row", { name: /Phần mềm tổng hợp/ }).getByRole("button", { name: "Thu hồi" }).click();
    await expect(page.getByRole("row", { name: /Phần mềm tổng hợp/ })).toContainText("Đã thu hồi");
    const after = await api.get("/api/v1/congresses");
    expect(after.status()).toBe(401);
    expect(await after.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    await api.dispose();
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStatePath("VIEWER") });

  test("reads the roster but sees no import, review or download controls", async ({ page }) => {
    await page.goto(`${congressUrl()}/delegates`);
    await expect(page.getByRole("heading", { name: "Danh sách đại biểu" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nhập từ tệp" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Tải PDF" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Công nhận/ })).toHaveCount(0);
    expect((await page.goto(`${congressUrl()}/import`))?.status()).toBe(404);
    expect((await page.request.get(`/api/v1/congresses/${world.organisation.congressId}/delegates?format=pdf`)).status()).toBe(403);
    expect((await page.goto(`/organisations/${world.sameProvinceOrganisation.id}/congresses/${world.sameProvinceOrganisation.congressId}/delegates`))?.status()).toBe(404);
  });
});
