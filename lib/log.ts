import { randomBytes } from "node:crypto";

/**
 * Logs an unexpected error with a short id and returns the id, which the user sees instead of
 * any detail (they can quote it; we find the log line).
 */
export function logError(error: unknown, context: Record<string, unknown> = {}): string {
  const id = randomBytes(4).toString("hex");
  const detail = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
  console.error(JSON.stringify({ level: "error", id, time: new Date().toISOString(), ...context, ...detail }));
  return id;
}
