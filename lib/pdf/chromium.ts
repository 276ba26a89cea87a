// Which Chromium to drive, for the browser tests and the server's PDF reports: Debian's `chromium`
// where it is installed (our machines cannot download Playwright's build), otherwise Playwright's
// own. Neither: a clear instruction.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

function onPath(name: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const system = process.env.CHROMIUM_PATH ?? onPath("chromium") ?? onPath("chromium-browser");
  if (system) return system;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined; // Playwright's default launch finds it
  throw new Error(
    "No Chromium for the browser tests. Install one of:\n" +
      "  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)\n" +
      "  npx playwright install chromium                            (Playwright's own build)\n" +
      "or set CHROMIUM_PATH to a Chromium binary.",
  );
}
