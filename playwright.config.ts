import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_ORIGIN, E2E_PORT, E2E_SIMULATOR_PORT } from "./e2e/support/e2e-env";

// The journeys run against a production build on real PostgreSQL (database `caisse_e2e`,
// recreated per run) with the LigdiCash simulator, all on loopback ports that leave a developer's
// own Caisse (3000/4010) alone.

// Debian's Chromium when Playwright has no browser of its own (nothing can be downloaded here).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/e2e-${E2E_PORT}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "test-results/playwright.json" }]]
    : [["list"]],
  use: {
    baseURL: E2E_ORIGIN,
    locale: "fr-FR",
    timezoneId: "Africa/Ouagadougou",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${E2E_ORIGIN}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      SIMULATOR_PORT: String(E2E_SIMULATOR_PORT),
      DATABASE_URL: E2E_DATABASE_URL,
      CAISSE_DATA_DIR: `test-results/e2e-data-${E2E_PORT}`,
      CAISSE_PUBLIC_URL: E2E_ORIGIN,
      STORE_NAME: "Boutique Wend-Panga",
    },
  },
});
