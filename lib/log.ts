import { randomBytes } from "node:crypto";

/** A short id for one failure: the user quotes it, the log line carries it. */
export const newErrorId = () => randomBytes(4).toString("hex");

/**
 * Logs an unexpected error with its id and returns the id, which the user sees instead of any
 * detail. Pass `id` to log under one that is already shown (Next's digest of a failed page).
 */
export function logError(error: unknown, context: Record<string, unknown> = {}, id = newErrorId()): string {
  const detail = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
  console.error(JSON.stringify({ level: "error", id, time: new Date().toISOString(), ...context, ...detail }));
  return id;
}
