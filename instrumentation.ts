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
