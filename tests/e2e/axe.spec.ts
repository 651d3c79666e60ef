import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { type Lang, ORGANIZER, OVERSEER, mainPages, signedInContext } from "./support/main-pages";
import { loadWorld } from "./support/world";

// Every main page passes axe-core (WCAG 2.0/2.1 A and AA) with no serious or critical violation:
// Vietnamese at desktop width, English at phone width, with every disclosure opened so the forms
// inside are checked too.
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa"];

// Rows past the 20th of a list or table repeat the same markup with other names: checking 250 of
// them (the Tân Uyên roster) multiplies the time and finds nothing the first 20 do not.
const REPEATS = ["tbody > tr:nth-child(n+21)", "ul > li:nth-child(n+21)", "ol > li:nth-child(n+21)"];

async function violations(page: Page, url: string): Promise<string[]> {
  const started = Date.now();
  await page.goto(url);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const selector of REPEATS) builder = builder.exclude(selector);
  const result = await builder.analyze();
  if (process.env.E2E_TIMINGS) console.log(`axe ${url} ${Date.now() - started} ms`);
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe.configure({ mode: "parallel" });

const RUNS: { lang: Lang; viewport: { width: number; height: number } }[] = [
  { lang: "vi", viewport: { width: 1280, height: 800 } },
  { lang: "en", viewport: { width: 375, height: 812 } },
];

for (const { lang, viewport } of RUNS) {
  test(`every main page passes axe, ${lang} at ${viewport.width} px`, async ({ browser }) => {
    // One test walks all 24 pages: about 2 minutes, up to 20 s a page on a machine busy with other work.
    test.setTimeout(480_000);
    const world = loadWorld();
    const found: Record<string, string[]> = {};
    const anonymous = await browser.newContext({ viewport });
    await anonymous.addCookies([{ name: "NEXT_LOCALE", value: lang, url: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000" }]);
    const organizer = await signedInContext(browser, world, ORGANIZER, lang, viewport);
    const overseer = await signedInContext(browser, world, OVERSEER, lang, viewport);
    try {
      const [page, overseerPage] = await Promise.all([organizer.newPage(), overseer.newPage()]);
      const targets: [Page, string, string][] = [[await anonymous.newPage(), "sign-in", "/sign-in"]];
      for (const p of await mainPages(world)) targets.push([p.overseer ? overseerPage : page, p.name, p.path]);
      for (const [p, name, url] of targets) {
        const v = await violations(p, url);
        if (v.length) found[name] = v;
      }
    } finally {
      await Promise.all([anonymous.close(), organizer.close(), overseer.close()]);
    }
    expect(found).toEqual({});
  });
}
