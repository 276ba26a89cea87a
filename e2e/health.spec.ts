import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2ePgliteDir } from "./paths";

test("GET /api/health reports the database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

// The running server holds the embedded database; only meaningful when it runs on PGlite.
if (!process.env.DATABASE_URL) {
  test("a second process cannot open the server's embedded database", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, PGLITE_DIR: e2ePgliteDir },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The embedded database folder ${e2ePgliteDir} is in use by process`);
  });
}
