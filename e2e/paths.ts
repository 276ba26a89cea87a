import path from "node:path";

/** The embedded database folder of the server the browser tests start (fresh each run). */
export const e2ePgliteDir = path.resolve(process.env.E2E_PGLITE_DIR ?? ".tmp/e2e-pglite");
/** The build folder of that server, apart from `npm start`'s .next. */
export const e2eDistDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

/** An assessment id in a URL, as the tests match pages. */
export const ID = "[0-9a-f-]{36}";
