import { readFileSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { addToPersonnelSubCommittee, createAttendance, createFreshCongress, type CongressPlace } from "../../prisma/seed/election-factories";
import { createUser, type TestUser } from "../../prisma/seed/factories";
import { pdfText } from "./support/files";
import { type E2eWorld, loadWorld, signIn, storageStatePath, testDb } from "./support/world";

// An organisation's personnel scheme and its election, as the people who do it would: the personnel
// sub-committee builds a scheme of 35 seats with 39 candidates, the organizer sets up the
// election, the vote-counting committee enters three ballot boxes, and the minutes list the 35
// elected with their votes and percentages.

let world: E2eWorld;
let place: CongressPlace;
let personnel: TestUser;
let counter: TestUser;

/** 39 candidates: 7 women (6 of them elected: "tỷ lệ nữ 17,14%"), 4 not elected (indices in NOT_ELECTED). */
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lò"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hiếu", "Hòa", "Hùng", "Khánh", "Khoa", "Lâm", "Long", "Mạnh", "Minh", "Nam", "Nghĩa", "Ngọc", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng", "Vân", "Việt", "Vinh", "Xuân", "Yên"];
const WOMEN = new Set([1, 6, 9, 19, 27, 37, 38]);
const CANDIDATES = GIVEN.map((given, i) => ({
  fullName: `${FAMILY[i % FAMILY.length]} ${WOMEN.has(i) ? "Thị" : "Văn"} ${given}`,
  gender: WOMEN.has(i) ? "Nữ" : "Nam",
  birth: String(1968 + (i % 20)),
  ethnicity: i % 5 === 0 ? "Thái" : "Kinh",
  tenure: i % 3 === 0 ? "Tham gia lần đầu" : "Tái cử",
}));
// Three men and one woman are not elected: 35 elected, 6 of them women.
const NOT_ELECTED = new Set(["Phạm Văn Dũng", "Hồ Thị Hòa", "Lò Văn Khoa", "Hồ Văn Quang"]);

/**
 * Votes per box for a candidate: the elected far above half of the 247 official delegates convened
 * (the base of the majority, not the 243 valid ballots), the others far below.
 */
const BOXES = [
  { received: 100, valid: 98, invalid: 2, elected: (k: number) => 98 - (k % 10), other: 10 },
  { received: 90, valid: 90, invalid: 0, elected: (k: number) => 90 - (k % 7), other: 10 },
  { received: 57, valid: 55, invalid: 2, elected: (k: number) => 55 - (k % 5), other: 10 },
];

test.beforeAll(async () => {
  world = loadWorld();
  const db = testDb();
  // A congress of its own, so the other specs' rosters and this scheme never meet.
  place = await createFreshCongress(db, world.organisation, { past: true });
  personnel = await createUser(db, "MEMBER", world.organisation.id, undefined, "Hà Thị Nhân Sự");
  counter = await createUser(db, "MEMBER", world.organisation.id, undefined, "Lò Văn Kiểm Phiếu");
  await addToPersonnelSubCommittee(db, place, personnel.id);
  // 247 official delegates convened, all checked in: the base of the majority.
  await createAttendance(db, place, { present: 247 });
});

const base = () => `/organisations/${world.organisation.id}/congresses/${place.congressId}`;

test.describe.configure({ mode: "serial" });

/** The WOMEN row of a structure panel: its count. */
const womenCount = (page: Page, panel: string) => page.getByTestId(panel).locator('tr[data-metric="WOMEN"] td').first();

test("the personnel sub-committee builds a scheme of 35 seats with 39 candidates and locks the list", async ({ page }) => {
  test.setTimeout(420_000);
  await signIn(page, personnel.email, personnel.password);
  await page.goto(base());
  await page.getByRole("link", { name: "Nhân sự", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Nhân sự cấp ủy" })).toBeVisible();

  await page.getByLabel("Số lượng Ban Chấp hành khóa mới").fill("35");
  await page.getByLabel("Số lượng Ban Thường vụ").fill("11");
  await page.getByLabel("Số lượng Ban Chấp hành khóa trước").fill("37");
  await page.getByRole("button", { name: "Lập đề án nhân sự" }).click();
  await expect(page.getByTestId("scheme-size")).toContainText("Ban Chấp hành khóa mới gồm 35 đồng chí (giảm 2)");

  const form = page.getByRole("form", { name: "Thêm nhân sự" });
  const add = async (c: (typeof CANDIDATES)[number], n: number) => {
    await form.getByLabel("Họ và tên").fill(c.fullName);
    await form.getByLabel("Giới tính").selectOption({ label: c.gender });
    await form.getByLabel("Ngày sinh (hoặc năm sinh)").fill(c.birth);
    await form.getByLabel("Dân tộc").fill(c.ethnicity);
    await form.getByLabel("Tái cử / lần đầu").selectOption({ label: c.tenure });
    if (n === 1) {
      await form.getByLabel("Ngày", { exact: true }).nth(1).fill("10/03/2030");
      await form.getByLabel("Tỷ lệ phiếu (%)").nth(1).fill("86,5");
    }
    await form.getByRole("button", { name: "Thêm nhân sự" }).click();
    await expect(page.getByTestId("scheme-margin")).toContainText(`${n} người cho 35 chỗ`);
  };

  // The structure panel follows the list as it grows.
  await add(CANDIDATES[0]!, 1);
  await expect(womenCount(page, "structure-title")).toHaveText("0");
  await expect(page.getByTestId("structure-title").locator('tr[data-metric="WOMEN"]')).toContainText("Chưa đạt");
  await add(CANDIDATES[1]!, 2);
  await expect(womenCount(page, "structure-title")).toHaveText("1");
  await expect(page.getByTestId("structure-title").locator('tr[data-metric="WOMEN"]')).toContainText("50,00");
  await expect(page.getByTestId("candidates")).toContainText("Bước 2: Hội nghị cán bộ chủ chốt giới thiệu: 10/03/2030");

  for (let i = 2; i < 35; i++) await add(CANDIDATES[i]!, i + 1);
  // 35 candidates for 35 seats: the rule wants more candidates than seats.
  await expect(page.getByTestId("scheme-margin")).toContainText("Chưa đủ");
  await page.getByRole("button", { name: "Chốt danh sách" }).click();
  await expect(page.getByText("Không chốt được: số người giới thiệu phải nhiều hơn số lượng Ban Chấp hành.")).toBeVisible();

  for (let i = 35; i < 39; i++) await add(CANDIDATES[i]!, i + 1);
  await expect(page.getByTestId("scheme-margin")).toContainText("39 người cho 35 chỗ: dư 4 người (11,43%)");
  await expect(page.getByTestId("scheme-margin")).toContainText("Đạt số dư");
  await expect(womenCount(page, "structure-title")).toHaveText("7");
  await expect(page.getByTestId("candidates").locator("tbody tr")).toHaveCount(39);
  // The list is in Vietnamese order: given name first (An, Bình, … Yên).
  await expect(page.getByTestId("candidates").locator("tbody tr").first()).toContainText("Nguyễn Văn An");
  await expect(page.getByTestId("candidates").locator("tbody tr").last()).toContainText("Yên");

  await page.getByRole("button", { name: "Chốt danh sách" }).click();
  await expect(page.getByText("Đã chốt danh sách", { exact: true })).toBeVisible();
  await expect(page.getByRole("form", { name: "Thêm nhân sự" })).toHaveCount(0);
  // The sub-committee does not approve: the standing committee does.
  await expect(page.getByRole("button", { name: "Ban Thường vụ thông qua" })).toHaveCount(0);
});

test.describe("the organizer", () => {
  test.use({ storageState: storageStatePath("ORGANIZER") });

  test("records the approval, seats the counting committee and opens the election", async ({ page }) => {
    await page.goto(`${base()}/personnel`);
    await page.getByRole("button", { name: "Ban Thường vụ thông qua" }).click();
    await expect(page.getByText("Ban Thường vụ đã thông qua", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Bầu cử", exact: true }).click();
    await page.getByLabel("Tài khoản (để nhập phiếu trên ứng dụng)").selectOption({ label: counter.name });
    await page.getByLabel("Chức danh").selectOption({ label: "Trưởng ban" });
    await page.getByRole("button", { name: "Thêm thành viên" }).click();
    await expect(page.getByTestId("counters")).toContainText("Lò Văn Kiểm Phiếu");

    await expect(page.getByLabel("Số lượng cần bầu")).toHaveValue("35");
    await page.getByRole("button", { name: "Thêm", exact: true }).click();
    await page.getByRole("link", { name: "Bầu Ban Chấp hành Đảng bộ khóa mới" }).click();
    await expect(page.getByText("Bầu 35 trong 39 người")).toBeVisible();
    await expect(page.getByText("Không có đề cử, ứng cử ngoài danh sách.")).toBeVisible();
    await page.getByLabel("Số đại biểu có mặt").fill("247");
    await page.getByLabel("Số phiếu phát ra").fill("247");
    await page.getByRole("button", { name: "Mở vòng bầu" }).click();
    await expect(page.getByTestId("round-1")).toContainText("35 chỗ · 247 đại biểu có mặt · 247 phiếu phát ra");
  });
});

test("the counting committee enters three ballot boxes; the app elects 35 and the minutes list them", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, counter.email, counter.password);
  await page.goto(`${base()}/elections`);
  await page.getByRole("link", { name: "Bầu Ban Chấp hành Đảng bộ khóa mới" }).click();
  const round = page.getByTestId("round-1");
  const form = round.getByRole("form", { name: "Nhập kết quả hòm phiếu" });
  // The ballot's order: the rows of the form, as the page lists them.
  await expect(form.locator("ol label")).toHaveCount(39);
  const labels = await form.locator("ol label").allTextContents();
  const names = labels.map((l) => l.replace(/^\d+\.\s*/, ""));
  expect(names).toHaveLength(39);
  const electedOrder = names.filter((n) => !NOT_ELECTED.has(n));
  const votesOf = (box: (typeof BOXES)[number], name: string) => (NOT_ELECTED.has(name) ? box.other : box.elected(electedOrder.indexOf(name)));

  for (const [b, box] of BOXES.entries()) {
    await form.getByLabel("Số phiếu thu vào").fill(String(box.received));
    await form.getByLabel("Số phiếu hợp lệ").fill(String(box.valid));
    // The first box is first entered with a slip: received ≠ valid + invalid.
    await form.getByLabel("Số phiếu không hợp lệ").fill(String(b === 0 ? box.invalid + 1 : box.invalid));
    for (const [i, name] of names.entries()) await form.getByLabel(`${i + 1}. ${name}`, { exact: true }).fill(String(votesOf(box, name)));
    await form.getByRole("button", { name: "Lưu kết quả hòm phiếu" }).click();
    if (b === 0) {
      await expect(form.getByText("Kết quả kiểm phiếu không khớp, chưa lưu")).toBeVisible();
      await expect(form.getByText("Số phiếu thu vào phải bằng số phiếu hợp lệ cộng số phiếu không hợp lệ.")).toBeVisible();
      await expect(round.getByText("Chưa có hòm phiếu nào được nhập.")).toBeVisible();
      await form.getByLabel("Số phiếu không hợp lệ").fill(String(box.invalid));
      await form.getByRole("button", { name: "Lưu kết quả hòm phiếu" }).click();
    }
    await expect(round.getByTestId("boxes").locator("li")).toHaveCount(b + 1);
  }
  await expect(round.getByTestId("totals")).toHaveText("Phiếu thu vào: 247 · hợp lệ: 243 · không hợp lệ: 4");
  await expect(round.getByTestId("base-1")).toContainText("Cơ sở tính kết quả: 247");

  page.once("dialog", (d) => void d.accept());
  await round.getByRole("button", { name: "Kết thúc kiểm phiếu vòng này" }).click();
  await expect(round.getByText("Đã kết thúc", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Những người trúng cử (35/35)" })).toBeVisible();
  await expect(page.getByTestId("elected").locator("li")).toHaveCount(35);
  // "tỷ lệ nữ 17,14%": 6 women of the 35 elected.
  await expect(womenCount(page, "elected-structure")).toHaveText("6");
  await expect(page.getByTestId("elected-structure").locator('tr[data-metric="WOMEN"]')).toContainText("17,14");
  // A closed round offers a correction only.
  await expect(round.getByRole("form", { name: "Nhập kết quả hòm phiếu" })).toHaveCount(0);

  const minutesLink = page.getByRole("listitem").filter({ hasText: "Biên bản kiểm phiếu:" }).getByRole("link", { name: "Tải PDF" });
  const [file] = await Promise.all([page.waitForEvent("download"), minutesLink.click()]);
  const pdf = await pdfText(readFileSync((await file.path())!));
  const flat = pdf.text.replace(/\s+/g, " ");
  for (const text of ["ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN KIỂM PHIẾU", "Tổng số đại biểu chính thức được triệu tập: 247", "Cơ sở tính kết quả: 247", "số phiếu phát ra: 247", "Số phiếu thu vào: 247; số phiếu hợp lệ: 243; số phiếu không hợp lệ: 4", "35/35 đồng chí trúng cử", "Lò Văn Kiểm Phiếu"]) {
    expect(flat).toContain(text);
  }
  for (const name of names) {
    const votes = BOXES.reduce((s, box) => s + votesOf(box, name), 0);
    // Of the base (247), as the minutes print it: not of the valid ballots.
    const percent = (Math.round((votes * 10000) / 247) / 100).toFixed(2).replace(".", ",");
    const outcome = NOT_ELECTED.has(name) ? "Không trúng cử" : "Trúng cử";
    expect(flat, name).toContain(`${name} ${votes} ${percent} ${outcome}`);
  }
});
