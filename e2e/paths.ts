import path from "node:path";

/** The embedded database folder of the server the browser tests start (fresh each run). */
export const e2ePgliteDir = path.resolve(".tmp/e2e-pglite");
