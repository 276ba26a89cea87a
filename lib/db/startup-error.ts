import { ConfigError } from "../config";
import { MigrationError } from "./migrate";
import { DatabaseLockedError } from "./pglite-lock";

/** The message an operator sees when the server or a CLI cannot open the database. */
export function describeStartupError(error: unknown): string {
  if (error instanceof DatabaseLockedError || error instanceof MigrationError || error instanceof ConfigError) {
    return `error: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `error: could not open the database: ${message}`;
}
