// npm run bench:page-weight — the JavaScript a browser downloads to show each kind of page,
// measured in a real Chromium against the production build (built first if needed).
// Prints raw and gzip kilobytes per page; the README's performance section records them.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { findChromium } from "../lib/pdf/chromium";
import { completeStep } from "../e2e/support/questionnaire";
import { completeAnswers } from "../lib/questionnaire/testing/sample-answers";

const port = 3190;
const base = `http://127.0.0.1:${port}`;
const dir = path.resolve(".tmp/bench-pglite");
rmSync(dir, { recursive: true, force: true });
rmSync(`${dir}.lock`, { force: true });
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: {
    ...process.env,
    PORT: String(port),
    PGLITE_DIR: dir,
    NEXT_DIST_DIR: ".next-e2e",
    NODE_ENV: "production",
    DATABASE_URL: "",
  },
  stdio: ["ignore", "inherit", "inherit"],
  // Its own process group: start.mjs runs `next start` as a child, which must stop with it.
  detached: true,
});

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function measure(page: Page, url: string, label: string) {
  const scripts = new Map<string, Buffer>();
  const onResponse = async (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script")
      scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  const raw = [...scripts.values()].reduce((n, b) => n + b.length, 0);
  const gzip = [...scripts.values()].reduce((n, b) => n + gzipSync(b).length, 0);
  process.stdout.write(
    `${label.padEnd(28)} ${String(scripts.size).padStart(3)} files  ${(raw / 1024).toFixed(1).padStart(7)} KB raw  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip\n`,
  );
}

try {
  await waitForServer();
  const executablePath = findChromium();
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await measure(page, `${base}/`, "landing /");
  await page.goto(`${base}/assess/new`);
  await page.getByRole("button", { name: "开始" }).click();
  await page.waitForURL(/\/about$/);
  const stepUrl = page.url();
  for (const step of ["about", "company", "standing", "titles"] as const)
    await completeStep(page, step, completeAnswers);
  for (const step of ["about", "company", "finance"]) {
    // A new context with the same cookie: a cold cache, as on a first visit.
    const cold = await browser.newContext({ storageState: await context.storageState() });
    await measure(await cold.newPage(), stepUrl.replace(/about$/, step), `step /assess/<id>/${step}`);
    await cold.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
