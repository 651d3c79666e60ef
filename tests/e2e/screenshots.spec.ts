import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import { HORIZONTAL_OVERFLOW, type Lang, ORGANIZER, OVERSEER, mainPages, signedInContext } from "./support/main-pages";
import { loadWorld } from "./support/world";

// Every main page as a person sees it, at desktop and phone width, in both languages, saved to
// tests/screenshots/<lang>/<width>/<page>.png (git-ignored) for people to look at. At phone
// width no page may scroll sideways. The roster and the dashboard are also printed (print media).
const DIR = path.resolve("tests/screenshots");
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];

// A full page, cut after this many pixels: the roster, check-in and groups run to 20,000–50,000 px
// of identical rows, which take long to encode and show nothing new.
const MAX_HEIGHT = 6000;

async function shoot(page: Page, lang: Lang, width: number, name: string, url: string, overflow: Record<string, string[]>) {
  const started = Date.now();
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  const dir = path.join(DIR, lang, String(width));
  mkdirSync(dir, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
  if (process.env.E2E_TIMINGS) console.log(`${lang} ${width} ${name} ${Date.now() - started} ms`);
  if (width < 500) {
    const wide = await page.evaluate(HORIZONTAL_OVERFLOW);
    if (wide.length) overflow[name] = wide;
  }
}

test.describe.configure({ mode: "parallel" });

for (const lang of ["vi", "en"] as const) {
  test(`every main page at desktop and phone width, ${lang}`, async ({ browser }) => {
    // 48 pages and two prints: 1–2 minutes, several times that on a machine busy with other work.
    test.setTimeout(480_000);
    const world = loadWorld();
    const pages = await mainPages(world);
    const overflow: Record<string, string[]> = {};
    const organizer = await signedInContext(browser, world, ORGANIZER, lang);
    const overseer = await signedInContext(browser, world, OVERSEER, lang);
    const anonymous = await browser.newContext();
    await anonymous.addCookies([{ name: "NEXT_LOCALE", value: lang, url: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000" }]);
    try {
      const [page, overseerPage, signInPage] = await Promise.all([organizer.newPage(), overseer.newPage(), anonymous.newPage()]);
      for (const size of WIDTHS) {
        for (const p of [page, overseerPage, signInPage]) await p.setViewportSize(size);
        await shoot(signInPage, lang, size.width, "sign-in", "/sign-in", overflow);
        for (const p of pages) await shoot(p.overseer ? overseerPage : page, lang, size.width, p.name, p.path, overflow);
      }
      if (lang === "vi") {
        // Print: A4 width, print media; navigation, tabs and buttons are gone.
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.emulateMedia({ media: "print" });
        const print = path.join(DIR, "print");
        mkdirSync(print, { recursive: true });
        for (const name of ["congress-overview", "congress-delegates"]) {
          await page.goto(pages.find((p) => p.name === name)!.path);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({ path: path.join(print, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 794, height: Math.min(height, MAX_HEIGHT) } });
          for (const hidden of ["header nav", "nav[aria-label]", "main button", "main form"]) {
            const visible = await page.locator(hidden).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
            expect.soft(visible, `${name}: ${hidden} printed`).toBe(0);
          }
        }
      }
    } finally {
      await Promise.all([organizer.close(), overseer.close(), anonymous.close()]);
    }
    expect(overflow, "pages that scroll sideways at 375 px").toEqual({});
  });
}
