import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A command-line script run as `npm run -s NAME` starts it: a child process in the package root,
 * INIT_CWD the folder the user typed the command in. A child that hangs fails its test after a
 * minute: spawnSync blocks the worker, so vitest's own timeout cannot fire.
 */
export function runScript(script: string, args: string[], options: { initCwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env = { ...(options.env ?? process.env) };
  if (options.initCwd) env.INIT_CWD = options.initCwd;
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
