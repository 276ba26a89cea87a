import type { Config } from "../../config";
import { openPglite, pgConnection, pgliteConnection, type SqlConnection } from "../sql";

/** A raw connection to a test database (no lock, no migrations): for setting up and inspecting. */
export async function connectRaw(database: Config["database"]): Promise<SqlConnection> {
  return database.kind === "postgres"
    ? pgConnection(database.url)
    : pgliteConnection(await openPglite(database.dir), true);
}
