import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseLockedError, lockFileFor } from "./pglite-lock";

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

function start(script: string, args: string[], dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
  delete env.DATABASE_URL; // these tests are about the embedded database
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("ready\n") && resolve());
    void done.then((r) => reject(new Error(`exited before ready: ${r.stderr}`)));
  });
  ready.catch(() => undefined); // only awaited by callers that expect "ready"
  return { child, done, ready };
}

const holdScript = path.resolve("lib/db/testing/hold-database.ts");
const migrateScript = path.resolve("scripts/db-migrate.ts");

describe("PGlite folder lock", () => {
  let root: string;
  let dir: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "zjtx-lock-"));
    dir = path.join(root, "pglite");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("refuses a second process, and survives kill -9 of the first without losing a committed row", async () => {
    const first = start(holdScript, ["insert", "ZJ-LOCK01"], dir);
    await first.ready;

    const second = await start(migrateScript, [], dir).done;
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(dir);
    expect(second.stderr).toContain(`process ${first.child.pid}`);

    first.child.kill("SIGKILL");
    expect((await first.done).signal).toBe("SIGKILL");

    const after = await start(holdScript, ["count", "ZJ-LOCK01"], dir).done;
    expect(after.stderr).toBe("");
    expect(after.code).toBe(0);
    expect(after.stdout.trim()).toBe("1");
  });

  it("refuses a second opener in the same process and frees the folder on release", () => {
    const release = acquirePgliteLock(dir);
    expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
    release();
    acquirePgliteLock(dir)();
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      lockFileFor(dir),
      JSON.stringify({
        pid: 2 ** 22 + 1,
        startTime: "1",
        hostname: os.hostname(),
        command: "gone",
        since: "2026-01-01T00:00:00Z",
      }),
    );
    acquirePgliteLock(dir)();
  });
});
