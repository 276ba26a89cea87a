// Runs once when the server starts: open the database (taking the PGlite lock) and apply pending
// migrations before the first request, and refuse to start if either fails.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // never touch the database while building
  const { startServerDatabase } = await import("./lib/db/startup");
  await startServerDatabase();
  // Here rather than in lib/db/startup.ts, so that lib/db does not depend on a feature.
  const { loadSampleAtStart } = await import("./lib/enterprises/load-sample-at-start");
  await loadSampleAtStart();
}

/**
 * Every error a page, layout or server action throws unexpectedly is logged under Next's digest,
 * the reference the error page shows the user, so what they quote finds the log line.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routerKind: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logError } = await import("./lib/log");
  const digest = (error as { digest?: unknown }).digest;
  logError(
    error,
    { path: request.path, method: request.method, routeType: context.routeType },
    typeof digest === "string" ? digest : undefined,
  );
}
