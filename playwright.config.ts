import { defineConfig, devices } from "@playwright/test";

// Runs against the production build started by `npm test` (E2E_BASE_URL), in Debian's Chromium:
// browsers cannot be downloaded on these machines.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".data/test-results/e2e-artifacts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // A server action answered and the page refreshed, on two servers beside other browsers on two cores:
  // 10 s was once too short for a toast (milestone, quotas) in a full run.
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"], testMatch: /.*\.spec\.ts/, testIgnore: [/axe\.spec\.ts/, /screenshots\.spec\.ts/] },
    // Every main page through axe-core, and every main page photographed at desktop and phone
    // width in both languages (tests/screenshots/, git-ignored) with the phone-width and print checks.
    { name: "axe", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"], testMatch: /axe\.spec\.ts/ },
    { name: "screenshots", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"], testMatch: /screenshots\.spec\.ts/ },
  ],
});
