// The main pages of the app on the demo data of xã Tân Uyên (its live congress), as its organizer sees them:
// the axe, screenshot, phone and print checks walk this one list.
import { type Browser, type BrowserContext, expect } from "@playwright/test";
import { type E2eWorld, testDb } from "./world";

/** `overseer`: the page is seen as the provincial overseer (an organizer of one organisation is sent from home straight to it). */
export type MainPage = { name: string; path: string; overseer?: boolean };
export type Lang = "vi" | "en";

export const ORGANIZER = "tochuc.tanuyen@daihoi.example";
export const OVERSEER = "tinhuy.laichau@daihoi.example";

/** Every main page: home, province, organisation, unit, the congress and each of its tabs, one task, document and delegate, My tasks, settings, audit log. */
export async function mainPages(world: E2eWorld): Promise<MainPage[]> {
  const db = testDb();
  const organisation = world.demoOrganisations["LC-XTU"]!;
  const congress = await db.congress.findFirstOrThrow({ where: { unitId: organisation.id }, orderBy: { termStart: "desc" }, select: { id: true } });
  const [unit, task, document, delegate] = await Promise.all([
    db.unit.findFirstOrThrow({ where: { organisationId: organisation.id, kind: { in: ["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"] } }, orderBy: { code: "asc" }, select: { id: true } }),
    db.task.findFirstOrThrow({ where: { congressId: congress.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.congressDocument.findFirstOrThrow({ where: { congressId: congress.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.delegate.findFirstOrThrow({ where: { congressId: congress.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
  ]);
  const d = `/organisations/${organisation.id}`;
  const c = `${d}/congresses/${congress.id}`;
  return [
    { name: "home", path: "/", overseer: true },
    { name: "province", path: `/provinces/${organisation.provinceId}`, overseer: true },
    { name: "organisation", path: d },
    { name: "unit", path: `${d}/units/${unit.id}` },
    { name: "congress-overview", path: c },
    { name: "congress-tasks", path: `${c}/tasks` },
    { name: "congress-board", path: `${c}/board` },
    { name: "congress-milestones", path: `${c}/milestones` },
    { name: "congress-sub-committees", path: `${c}/sub-committees` },
    { name: "congress-documents", path: `${c}/documents` },
    { name: "congress-grassroots", path: `${c}/grassroots` },
    { name: "congress-delegates", path: `${c}/delegates` },
    { name: "congress-quotas", path: `${c}/quotas` },
    { name: "congress-composition", path: `${c}/composition` },
    { name: "congress-groups", path: `${c}/groups` },
    { name: "congress-check-in", path: `${c}/check-in` },
    { name: "congress-import", path: `${c}/import` },
    { name: "task", path: `${c}/tasks/${task.id}` },
    { name: "document", path: `${c}/documents/${document.id}` },
    { name: "delegate", path: `${c}/delegates/${delegate.id}` },
    { name: "my-tasks", path: "/tasks" },
    { name: "settings", path: "/settings" },
    { name: "audit", path: `${d}/audit` },
  ];
}

/**
 * A context signed in as a demo account, in one language. Signing in sets the language cookie
 * from the account; the cookie is then replaced, so both languages can run at once on one account.
 */
export async function signedInContext(browser: Browser, world: E2eWorld, email: string, lang: Lang, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const account = world.demo.find((a) => a.email === email)!;
  const context = await browser.newContext({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.locator("input[type=email]").fill(account.email);
  await page.locator("input[type=password]").fill(account.password);
  await page.locator("button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.close();
  await setLanguage(context, lang);
  return context;
}

export async function setLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000");
  await context.addCookies([{ name: "NEXT_LOCALE", value: lang, domain: base.hostname, path: "/", sameSite: "Lax" }]);
}

/** Elements that make the page scroll sideways (none may, at phone width); tables scroll in their own box. */
export const HORIZONTAL_OVERFLOW = () => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  return [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.parentElement?.closest(".overflow-x-auto, [data-sonner-toaster]"))
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} «${(el.textContent ?? "").trim().slice(0, 40)}»`);
};
