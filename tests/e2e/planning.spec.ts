import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, type Locator, type Page, expect, test } from "@playwright/test";
import { formatDate } from "../../lib/dates";
import { standardCalendar } from "../../lib/milestones/calendar";
import { createCongressDocument, createSubCommittee, createTask, createUser, type TestOrganisation, unique } from "../../prisma/seed/factories";
import { docxBytes } from "../support/office-files";
import { type E2eWorld, loadWorld, signIn, storageStatePath, testDb } from "./support/world";

// The planning workflow as its users meet it, in Vietnamese, against the production build.
let world: E2eWorld;
test.beforeAll(() => {
  world = loadWorld();
});
const congressUrl = (d: TestOrganisation) => `/organisations/${d.id}/congresses/${d.congressId}`;
const NOT_FOUND = "Không tìm thấy trang";

// Each test signs in as several people at once, one browser context each, closed after the test.
let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

async function newPage(browser: Browser, options: { role?: "ORGANIZER" | "VIEWER" | "PROVINCE_OVERSEER"; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({
    storageState: options.role ? storageStatePath(options.role) : undefined,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  contexts.push(context);
  return context.newPage();
}
const newPageAs = (browser: Browser, role: "ORGANIZER" | "VIEWER" | "PROVINCE_OVERSEER", viewport?: { width: number; height: number }) => newPage(browser, { role, viewport });

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);
const open = (scope: Page | Locator, summary: string) => scope.locator("summary").filter({ hasText: summary }).first().click();

/** Elements that stick out of the viewport on the right (none may, at phone width). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      // Visually hidden text (the charts' tables for screen readers) is clipped to a 1 px box.
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.parentElement?.closest(".overflow-x-auto") && !el.closest(".sr-only"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${(el.textContent ?? "").slice(0, 40)}`);
  });
}

// The tests run in this order in one worker (fullyParallel is off): the later ones read what the
// first ones planned (the calendar, the audit entries).
test("an organizer plans the congress, a member finishes the task assigned to them, and the dashboard follows", async ({ browser }) => {
  test.setTimeout(120_000);
  const base = congressUrl(world.organisation);
  const memberName = `Lò Văn ${unique("Thử")}`;
  const member = await createUser(testDb(), "MEMBER", world.organisation.id, undefined, memberName);
  const organizer = await newPageAs(browser, "ORGANIZER");

  // The standard calendar, dated from the opening (08/06/2030 in the test world).
  await organizer.goto(`${base}/milestones`);
  await organizer.getByRole("button", { name: "Áp dụng lịch chuẩn" }).click();
  await expect(organizer.getByText("Đã có đủ 8 mốc của lịch chuẩn.")).toBeVisible();
  const calendar = standardCalendar("2030-06-08");
  await expect(organizer.locator("ol > li").filter({ hasText: "Dự kiến" })).toHaveCount(8);
  for (const m of [calendar[0]!, calendar[7]!]) await expect(organizer.getByText(`Dự kiến ${formatDate(m.plannedOn)}`)).toBeVisible();
  await expect(organizer.getByRole("img", { name: /^Tiến độ lịch trình: 0\/8/ })).toBeVisible();

  // A sub-committee founded by decision, with the member linked to their account.
  await organizer.goto(`${base}/sub-committees`);
  await open(organizer, "Thêm tiểu ban");
  const newSub = organizer.locator("form").filter({ has: organizer.getByLabel("Loại tiểu ban") }).last();
  await newSub.getByLabel("Loại tiểu ban").selectOption({ label: "Văn kiện" });
  await newSub.getByLabel("Quyết định thành lập").fill("Quyết định số 5-QĐ/HU");
  await newSub.getByLabel("Ngày quyết định").fill("15/9/2029");
  await newSub.getByRole("button", { name: "Thêm tiểu ban" }).click();
  const card = organizer.getByRole("region", { name: "Tiểu ban Văn kiện" });
  await expect(card).toContainText("Thành lập theo Quyết định số 5-QĐ/HU ngày 15/09/2029");
  await open(card, "Thêm thành viên");
  await card.getByLabel("Tài khoản").selectOption({ label: memberName });
  await card.getByLabel("Vị trí trong tiểu ban").selectOption({ label: "Thành viên" });
  await card.locator("form").getByRole("button", { name: "Thêm thành viên" }).click();
  await expect(card.getByRole("listitem").filter({ hasText: memberName })).toContainText("Có tài khoản");

  // A task assigned to the member.
  const title = `Dự thảo Báo cáo chính trị ${unique()}`;
  await organizer.goto(`${base}/tasks`);
  await open(organizer, "Thêm nhiệm vụ");
  const form = organizer.locator("form").filter({ has: organizer.getByLabel("Tên nhiệm vụ") });
  await form.getByLabel("Tên nhiệm vụ").fill(title);
  await form.getByLabel("Tiểu ban", { exact: true }).selectOption({ label: "Tiểu ban Văn kiện" });
  await form.getByLabel("Hạn hoàn thành").fill("30/06/2030");
  await form.getByLabel(memberName).check();
  await form.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(organizer.getByText("Đã thêm nhiệm vụ.")).toBeVisible();
  await expect(organizer.getByRole("link", { name: title })).toBeVisible();

  await organizer.goto(base);
  await expect(figure(organizer, "tasks")).toContainText("0/1");

  // The member signs in and finds it under "My tasks".
  const memberPage = await newPage(browser);
  await signIn(memberPage, member.email, member.password);
  await memberPage.getByRole("link", { name: "Việc của tôi" }).click();
  await expect(memberPage.getByRole("heading", { level: 1, name: "Việc của tôi" })).toBeVisible();
  await expect(memberPage.getByRole("link", { name: title })).toBeVisible();
  await memberPage.getByLabel(`Tình trạng của nhiệm vụ: ${title}`).selectOption({ label: "Hoàn thành" });
  await memberPage.getByRole("button", { name: "Cập nhật" }).click();
  await expect(memberPage.getByText("Không còn việc nào đang mở.")).toBeVisible();
  // A member may update the status, not edit or delete the task.
  await memberPage.getByRole("link", { name: title }).click();
  await expect(memberPage.getByText("Sửa nhiệm vụ")).toHaveCount(0);
  await expect(memberPage.getByText("Đổi tình trạng")).toBeVisible();

  // The dashboard figures follow.
  await organizer.reload();
  await expect(figure(organizer, "tasks")).toContainText("1/1");
  const row = organizer.getByRole("row", { name: /Tiểu ban Văn kiện/ });
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
});

test("a sub-committee lead files tasks only under the sub-committee it leads", async ({ browser }) => {
  const db = testDb();
  const lead = await createUser(db, "SUBCOMMITTEE_LEAD", world.organisation.id, undefined, `Hà Thị ${unique("Trưởng")}`);
  const own = await createSubCommittee(db, world.organisation, { name: `Tiểu ban Tuyên truyền ${unique()}`, members: [{ userId: lead.id, position: "HEAD" }] });
  const other = await createSubCommittee(db, world.organisation, { members: [{ userId: lead.id, position: "MEMBER" }] });
  const foreign = await createTask(db, world.organisation, { subCommitteeId: other.id, title: `Việc của tiểu ban khác ${unique()}` });
  const page = await newPage(browser);
  await signIn(page, lead.email, lead.password);
  await page.goto(`${congressUrl(world.organisation)}/tasks`);
  await open(page, "Thêm nhiệm vụ");
  const form = page.locator("form").filter({ has: page.getByLabel("Tên nhiệm vụ") });
  const choices = await form.getByLabel("Tiểu ban", { exact: true }).locator("option").allTextContents();
  expect(choices).toEqual([own.name]);
  const title = `Viết bài tuyên truyền ${unique()}`;
  await form.getByLabel("Tên nhiệm vụ").fill(title);
  await form.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  // Its own tasks it may edit; another sub-committee's task shows it no control at all.
  await expect(page.getByLabel(`Tình trạng của nhiệm vụ: ${title}`)).toBeVisible();
  await page.goto(`${congressUrl(world.organisation)}/tasks?sub=${other.id}`);
  await expect(page.getByRole("link", { name: foreign.title })).toBeVisible();
  await expect(page.getByLabel(`Tình trạng của nhiệm vụ: ${foreign.title}`)).toHaveCount(0);
  await page.getByRole("link", { name: foreign.title }).click();
  await expect(page.locator("summary").filter({ hasText: "Sửa nhiệm vụ" })).toHaveCount(0);
});

test("a document moves through its statuses with a file attached and downloaded back intact", async ({ browser }) => {
  test.setTimeout(120_000);
  const base = congressUrl(world.organisation);
  const page = await newPageAs(browser, "ORGANIZER");
  await page.goto(`${base}/documents`);
  await page.getByRole("button", { name: "Thêm 5 văn kiện chuẩn" }).click();
  await expect(page.getByRole("link", { name: "Đề án nhân sự cấp ủy" })).toBeVisible();
  await page.getByRole("link", { name: "Báo cáo chính trị", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Báo cáo chính trị" })).toBeVisible();

  const current = page.getByRole("list", { name: "Các bước của văn kiện" }).locator('[aria-current="step"]');
  await expect(current).toContainText("Dự thảo");
  for (const step of ["Góp ý nội bộ", "Trình cấp trên", "Đã có ý kiến", "Hoàn chỉnh"]) {
    await page.getByLabel("Ngày thực hiện").fill("20/05/2030");
    await page.getByRole("button", { name: "Chuyển bước" }).click();
    await expect(current).toContainText(step);
    await expect(current).toContainText("20/05/2030");
  }

  // A disguised file is refused by its bytes; a real Word file is stored.
  await page.getByLabel("Tệp văn kiện").setInputFiles({ name: "virus.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("MZ not a document") });
  await page.getByRole("button", { name: "Tải lên bản mới" }).click();
  await expect(page.getByText("Chỉ nhận tệp Word (.docx), PDF (.pdf) hoặc Excel (.xlsx) đúng định dạng.").first()).toBeVisible();

  const bytes = Buffer.from(docxBytes("Dự thảo Báo cáo chính trị trình Đại hội"));
  await page.getByLabel("Tệp văn kiện").setInputFiles({ name: "Dự thảo Báo cáo chính trị.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: bytes });
  await page.getByLabel("Ghi chú cho bản này").fill("Bản trình Ban Thường vụ");
  await page.getByRole("button", { name: "Tải lên bản mới" }).click();
  await expect(page.getByText("Đã lưu bản 1.")).toBeVisible();
  const link = page.getByRole("link", { name: "Bản 1 — Dự thảo Báo cáo chính trị.docx" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("Dự thảo Báo cáo chính trị.docx");
  expect(readFileSync((await download.path())!).equals(bytes)).toBe(true);
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(response.headers()["content-disposition"]).toContain("attachment;");

  // Tests running alongside add documents to this congress too: one final out of all of them.
  const total = await testDb().congressDocument.count({ where: { congressId: world.organisation.congressId } });
  await page.goto(base);
  await expect(figure(page, "documents")).toContainText(`1/${total}`);
});

test("two people editing the same milestone: the later save is refused and shows the newer values", async ({ browser }) => {
  const base = congressUrl(world.organisation);
  const [first, second] = [await newPageAs(browser, "ORGANIZER"), await newPageAs(browser, "ORGANIZER")];
  const item = (page: Page) => page.getByRole("listitem").filter({ hasText: "Ban hành thông tri triệu tập đại biểu" });
  for (const page of [first, second]) {
    await page.goto(`${base}/milestones`);
    await open(item(page), "Sửa mốc");
  }
  await item(first).getByLabel("Văn bản căn cứ").fill("Thông tri triệu tập số 01-TT/HU");
  await item(first).getByRole("button", { name: "Lưu" }).click();
  await expect(item(first).getByText("Đã lưu mốc.")).toBeVisible();

  await item(second).getByLabel("Văn bản căn cứ").fill("Thông tri số 99");
  await item(second).getByRole("button", { name: "Lưu" }).click();
  await expect(item(second).getByRole("alert").filter({ hasText: "Người khác vừa lưu thay đổi cho mục này." })).toBeVisible();
  await expect(item(second).getByLabel("Văn bản căn cứ")).toHaveValue("Thông tri triệu tập số 01-TT/HU");
  await second.reload();
  await expect(item(second).getByText("Căn cứ: Thông tri triệu tập số 01-TT/HU")).toBeVisible();
});

test("the grassroots tracker counts a held congress into the organisation's ratio", async ({ browser }) => {
  const base = congressUrl(world.organisation);
  const page = await newPageAs(browser, "ORGANIZER");
  await page.goto(`${base}/grassroots`);
  await expect(page.getByText("0/3 tổ chức cơ sở đảng đã tổ chức đại hội").first()).toBeVisible();
  const unit = world.organisation.grassroots[0]!;
  await page.getByRole("link", { name: `Sửa đại hội của ${unit.name}` }).click();
  const row = page.locator(`#unit-${unit.id}`);
  await row.getByLabel("Tình trạng").selectOption({ label: "Đã tổ chức" });
  await row.getByRole("button", { name: "Lưu" }).click();
  await expect(row.getByText("Đại hội đã tổ chức cần có ngày tổ chức.")).toBeVisible();
  await row.getByLabel("Ngày tổ chức").fill("ngày mai");
  await row.getByRole("button", { name: "Lưu" }).click();
  await expect(row.getByText(/Ngày không hợp lệ/)).toBeVisible();
  await row.getByLabel("Ngày tổ chức").fill("20/03/2030");
  await row.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("1/3 tổ chức cơ sở đảng đã tổ chức đại hội").first()).toBeVisible();
  await expect(row).toContainText("Tổ chức ngày 20/03/2030");
});

test("every change is in the organisation's audit log, which only organizers can open", async ({ browser }) => {
  const organizer = await newPageAs(browser, "ORGANIZER");
  await organizer.goto(`/organisations/${world.organisation.id}`);
  await organizer.getByRole("link", { name: "Nhật ký thay đổi" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: "Nhật ký thay đổi" })).toBeVisible();
  for (const action of ["Áp dụng lịch chuẩn", "Thêm nhiệm vụ", "Đổi tình trạng nhiệm vụ", "Chuyển bước văn kiện", "Tải lên tệp văn kiện", "Sửa mốc"]) {
    await expect(organizer.getByText(action, { exact: true }).first()).toBeVisible();
  }
  const viewer = await newPageAs(browser, "VIEWER");
  expect((await viewer.goto(`/organisations/${world.organisation.id}/audit`))?.status()).toBe(404);
  await viewer.goto(`/organisations/${world.organisation.id}`);
  await expect(viewer.getByRole("link", { name: "Nhật ký thay đổi" })).toHaveCount(0);
  // The viewer's attempt is in the log: filtered to refused access, with the page it asked for.
  await organizer.getByLabel("Loại").selectOption({ label: "Truy cập bị từ chối" });
  await organizer.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(organizer).toHaveURL(/kind=access/);
  const refusal = organizer.getByRole("listitem").filter({ hasText: `page /organisations/${world.organisation.id}/audit` }).first();
  await expect(refusal).toContainText("Từ chối truy cập");
  await expect(refusal).toContainText("không tìm thấy");
  await expect(refusal).toContainText(/từ (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
});

test("a viewer reads every planning page and is offered no control that changes anything", async ({ browser }) => {
  const db = testDb();
  const task = await createTask(db, world.organisation, { title: `Việc để xem ${unique()}` });
  const doc = await createCongressDocument(db, world.organisation);
  const base = congressUrl(world.organisation);
  const page = await newPageAs(browser, "VIEWER");
  for (const path of ["", "/tasks", `/tasks/${task.id}`, "/board", "/milestones", "/sub-committees", "/documents", `/documents/${doc.id}`, "/grassroots"]) {
    const res = await page.goto(base + path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The only form left is the task filter, which changes nothing.
    await expect(page.getByRole("main").locator("form:not([method=get])"), path).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("button", { name: /Thêm|Áp dụng|Cập nhật|Chuyển|Tải lên|Lưu|Xóa|Gửi|Sửa/ }), path).toHaveCount(0);
    await expect(page.getByRole("main").locator("details"), path).toHaveCount(0);
  }
  await page.goto(`${base}/tasks/${task.id}`);
  await expect(page.getByRole("heading", { name: task.title })).toBeVisible();
});

test("another organisation's organizer gets 404 on every planning page and file of this one", async ({ browser }) => {
  const db = testDb();
  const page = await newPageAs(browser, "ORGANIZER");
  for (const other of [world.sameProvinceOrganisation, world.otherProvinceOrganisation]) {
    const sub = await createSubCommittee(db, other);
    const task = await createTask(db, other, { subCommitteeId: sub.id, title: `Việc của huyện khác ${unique()}` });
    const doc = await createCongressDocument(db, other);
    const content = Buffer.from(docxBytes());
    const file = await db.documentVersion.create({
      data: { documentId: doc.id, provinceId: other.provinceId, organisationId: other.id, number: 1, fileName: "bi-mat.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", size: content.length, sha256: "0".repeat(64), content },
      select: { id: true },
    });
    const base = congressUrl(other);
    const urls = [
      base,
      `${base}/tasks`,
      `${base}/tasks/${task.id}`,
      `${base}/board`,
      `${base}/milestones`,
      `${base}/sub-committees`,
      `${base}/documents`,
      `${base}/documents/${doc.id}`,
      `${base}/grassroots`,
      `/organisations/${other.id}/audit`,
      // Another organisation's records reached through one's own congress are not found either.
      `${congressUrl(world.organisation)}/tasks/${task.id}`,
      `${congressUrl(world.organisation)}/documents/${doc.id}`,
    ];
    for (const url of urls) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
      await expect(page.getByText(task.title)).toHaveCount(0);
    }
    for (const url of [`${base}/documents/${doc.id}/files/${file.id}`, `${congressUrl(world.organisation)}/documents/${doc.id}/files/${file.id}`]) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(404);
      expect((await res.body()).includes(content)).toBe(false);
    }
  }
});

test("the province page shows its organisations side by side with the same figures", async ({ browser }) => {
  const page = await newPageAs(browser, "PROVINCE_OVERSEER");
  await page.goto(`/provinces/${world.province.id}`);
  for (const d of [world.organisation, world.sameProvinceOrganisation]) {
    const card = page.getByRole("region", { name: d.name });
    await expect(card).toBeVisible();
    for (const key of ["opening", "milestones", "tasks", "documents", "grassroots"]) await expect(card.locator(`[data-figure="${key}"]`)).toBeVisible();
  }
  await expect(page.getByRole("region", { name: world.organisation.name }).locator('[data-figure="milestones"]')).toContainText("/8");
  await expect(page.getByRole("region", { name: world.otherProvinceOrganisation.name })).toHaveCount(0);
});

test("every planning page works at phone width", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = testDb();
  const task = await createTask(db, world.organisation, { title: `Việc trên điện thoại ${unique()} với một cái tên rất dài để thử xuống dòng`, dueOn: "2020-06-30" });
  const doc = await createCongressDocument(db, world.organisation);
  const base = congressUrl(world.organisation);
  const phone = { width: 375, height: 812 };
  const organizer = await newPageAs(browser, "ORGANIZER", phone);
  const overseer = await newPageAs(browser, "PROVINCE_OVERSEER", phone);
  const pages: [Page, string][] = [
    ...["", "/tasks", `/tasks/${task.id}`, "/board", "/milestones", "/sub-committees", "/documents", `/documents/${doc.id}`, "/grassroots"].map((p): [Page, string] => [organizer, base + p]),
    [organizer, "/tasks"],
    [organizer, `/organisations/${world.organisation.id}/audit`],
    [overseer, `/provinces/${world.province.id}`],
  ];
  for (const [page, url] of pages) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Nothing wider than the screen: wide tables scroll inside their own box.
    expect(await overflowing(page), url).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(375);
  }
  // Controls stay usable: open the add-task form and see its fields fit.
  await organizer.goto(`${base}/tasks`);
  await open(organizer, "Thêm nhiệm vụ");
  const box = await organizer.getByLabel("Tên nhiệm vụ").boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  await expect(organizer.getByText("Quá hạn").first()).toBeVisible();
});
