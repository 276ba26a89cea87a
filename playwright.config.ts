import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./lib/pdf/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = findChromium();
import { e2eDistDir, e2ePgliteDir } from "./e2e/paths";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    trace: "off",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /phone/ },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      testMatch: /landing|phone/,
    },
  ],
  webServer: {
    // Builds into its own folder when the sources changed, then serves on a fresh embedded
    // database (or on DATABASE_URL when set, as in CI's second run).
    command: `node scripts/e2e-server.mjs`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), NEXT_DIST_DIR: e2eDistDir, PGLITE_DIR: e2ePgliteDir, NODE_ENV: "production" },
  },
});
