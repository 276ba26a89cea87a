// PGlite has no lock between processes: two processes on one data folder silently diverge and
// corrupt it. We keep our own lock file beside the folder, recording who holds it, and take over
// a lock whose process is gone (killed with -9, power loss).
import { readFileSync, unlinkSync, writeFileSync, linkSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

type LockOwner = { pid: number; startTime: string | null; hostname: string; command: string; since: string };

export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner,
    readonly lockFile: string,
  ) {
    super(
      `The embedded database folder ${dir} is in use by process ${owner.pid} on ${owner.hostname} ` +
        `(${owner.command}, since ${owner.since}). Only one process may open it at a time: stop that ` +
        `process, or set PGLITE_DIR to another folder. Lock file: ${lockFile}`,
    );
    this.name = "DatabaseLockedError";
  }
}

export function lockFileFor(dir: string): string {
  return `${path.resolve(dir)}.lock`;
}

/**
 * Linux: the process's state and start time (clock ticks since boot), so that a zombie or a
 * recycled pid is not taken for the holder. Null where /proc is not available.
 */
function procStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", startTime: fields[19] ?? "" };
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return true; // cannot check another machine: assume held
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = procStat(owner.pid);
  if (stat === null) return true;
  if (stat.state === "Z" || stat.state === "X") return false; // killed, not yet reaped
  return owner.startTime === null || stat.startTime === owner.startTime;
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return null; // vanished, or half-written by a process killed mid-write: treat as stale
  }
}

/**
 * Takes the lock on a PGlite data folder or throws DatabaseLockedError. Returns the release
 * function; the lock is also released when the process exits normally.
 */
export function acquirePgliteLock(dir: string): () => void {
  const file = lockFileFor(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  const me: LockOwner = {
    pid: process.pid,
    startTime: procStat(process.pid)?.startTime ?? null,
    hostname: os.hostname(),
    command:
      process.argv
        .slice(1, 3)
        .map((a) => path.basename(a))
        .join(" ") || "node",
    since: new Date().toISOString(),
  };
  const temp = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(temp, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, file); // atomic: fails if the lock exists
        const release = () => {
          if (readOwner(file)?.pid === me.pid && readOwner(file)?.since === me.since) unlinkSync(file);
          process.off("exit", release);
        };
        process.on("exit", release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(file);
      if (owner && isAlive(owner)) throw new DatabaseLockedError(path.resolve(dir), owner, file);
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // another process removed it first; try again
      }
    }
    const owner = readOwner(file);
    throw new DatabaseLockedError(path.resolve(dir), owner ?? { ...me, pid: -1 }, file);
  } finally {
    unlinkSync(temp);
  }
}
