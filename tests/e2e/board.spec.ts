import { type Page, expect, test } from "@playwright/test";
import { createFreshCongress } from "../../prisma/seed/election-factories";
import { type TestOrganisation, createTask } from "../../prisma/seed/factories";
import { type E2eWorld, loadWorld, storageStatePath, testDb } from "./support/world";

// The task board moves cards by drag and drop, with the pointer and with the keyboard, or by the
// status select; each move is saved with the card's version, and a refused move puts it back.
// The board's own congress (of a past term) in the world's organisation: its cards stay off the
// organisation's current congress, whose figures other specs count.
let world: E2eWorld;
let organisation: TestOrganisation;
test.beforeAll(async () => {
  world = loadWorld();
  const place = await createFreshCongress(testDb(), world.organisation, { past: true });
  organisation = { ...world.organisation, congressId: place.congressId };
});
test.use({ storageState: storageStatePath("ORGANIZER"), viewport: { width: 1400, height: 900 } });

const boardUrl = (d: TestOrganisation) => `/organisations/${d.id}/congresses/${d.congressId}/board`;
const column = (page: Page, status: string) => page.locator(`[data-column="${status}"]`);
const savedStatus = async (id: string) => (await testDb().task.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const handle = (page: Page, title: string) => page.getByRole("button", { name: `Di chuyển nhiệm vụ: ${title}` });

/** Drags a card by its handle into a column with the mouse (past dnd-kit's 6 px activation distance first). */
async function dragTo(page: Page, title: string, status: string) {
  const start = (await handle(page, title).boundingBox())!;
  const target = (await column(page, status).boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 20, start.y + start.height / 2 + 10, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 15 });
  await page.mouse.up();
}

test("a card moves by mouse, by keyboard and by its select, and stays there after a reload", async ({ page }) => {
  const db = testDb();
  const dragged = await createTask(db, organisation, { status: "TODO" });
  const keyed = await createTask(db, organisation, { status: "TODO" });
  const selected = await createTask(db, organisation, { status: "TODO" });
  await page.goto(boardUrl(organisation));
  await expect(column(page, "TODO").getByRole("link", { name: dragged.title })).toBeVisible();
  // No "Update" button on a card any more: the select saves as it changes.
  await expect(column(page, "TODO").getByRole("button", { name: "Cập nhật" })).toHaveCount(0);

  // Drag with the mouse from "Chưa làm" to "Hoàn thành".
  await dragTo(page, dragged.title, "DONE");
  await expect(column(page, "DONE").getByRole("link", { name: dragged.title })).toBeVisible();
  await expect.poll(() => savedStatus(dragged.id)).toBe("DONE");

  // With the keyboard: Space lifts the card, the right arrow takes it one column on, Space drops it.
  await handle(page, keyed.title).focus();
  await page.keyboard.press("Space");
  // dnd-kit's live region keeps the latest announcement, in the page's language.
  const live = page.getByRole("status").filter({ hasText: keyed.title });
  await expect(live).toHaveText(`Nhiệm vụ ${keyed.title} đang ở trên cột Chưa làm.`);
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText(`Nhiệm vụ ${keyed.title} đang ở trên cột Đang làm.`);
  await page.keyboard.press("Space");
  await expect(live).toHaveText(`Đã đặt nhiệm vụ ${keyed.title} vào cột Đang làm.`);
  await expect(column(page, "IN_PROGRESS").getByRole("link", { name: keyed.title })).toBeVisible();
  await expect.poll(() => savedStatus(keyed.id)).toBe("IN_PROGRESS");
  // Focus comes back to the card's handle in its new column.
  await expect(column(page, "IN_PROGRESS").getByRole("button", { name: `Di chuyển nhiệm vụ: ${keyed.title}` })).toBeFocused();

  // The status select, for whoever does not drag.
  await page.getByLabel(`Tình trạng của nhiệm vụ: ${selected.title}`).selectOption({ label: "Vướng mắc" });
  await expect(column(page, "BLOCKED").getByRole("link", { name: selected.title })).toBeVisible();
  await expect.poll(() => savedStatus(selected.id)).toBe("BLOCKED");

  await page.reload();
  await expect(column(page, "DONE").getByRole("link", { name: dragged.title })).toBeVisible();
  await expect(column(page, "IN_PROGRESS").getByRole("link", { name: keyed.title })).toBeVisible();
  await expect(column(page, "BLOCKED").getByRole("link", { name: selected.title })).toBeVisible();
});

test("a move refused because someone else saved the task first puts the card back", async ({ page }) => {
  const db = testDb();
  const task = await createTask(db, organisation, { status: "TODO" });
  await page.goto(boardUrl(organisation));
  await expect(column(page, "TODO").getByRole("link", { name: task.title })).toBeVisible();
  // Someone else saves meanwhile: the page holds an older version.
  await db.task.update({ where: { id: task.id }, data: { version: { increment: 1 } } });
  await dragTo(page, task.title, "DONE");
  await expect(page.getByText("Người khác vừa cập nhật nhiệm vụ này; thẻ đã trở về chỗ cũ.", { exact: false })).toBeVisible();
  await expect(column(page, "TODO").getByRole("link", { name: task.title })).toBeVisible();
  expect(await savedStatus(task.id)).toBe("TODO");
  // The card now holds the newer version: moving it again is saved.
  await page.getByLabel(`Tình trạng của nhiệm vụ: ${task.title}`).selectOption({ label: "Đang làm" });
  await expect.poll(() => savedStatus(task.id)).toBe("IN_PROGRESS");
});

test("a viewer sees the board without handles or selects", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("VIEWER") });
  const page = await context.newPage();
  const task = await createTask(testDb(), organisation, { status: "TODO" });
  await page.goto(boardUrl(organisation));
  await expect(column(page, "TODO").getByRole("link", { name: task.title })).toBeVisible();
  await expect(handle(page, task.title)).toHaveCount(0);
  await expect(page.getByLabel(`Tình trạng của nhiệm vụ: ${task.title}`)).toHaveCount(0);
  await context.close();
});
