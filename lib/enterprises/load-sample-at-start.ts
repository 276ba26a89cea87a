import "server-only";
import { getPrisma } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { loadSampleOnFirstStart } from "./sample-data";

/** At server start, after migrations: a new installation gets sample firms to browse and compare. */
export async function loadSampleAtStart(): Promise<void> {
  try {
    const { loaded } = await loadSampleOnFirstStart(await getPrisma());
    if (loaded > 0) {
      process.stdout.write(
        `Loaded ${loaded} sample designated enterprises (示例数据); remove them with: npm run -s enterprises:sample -- --remove\n`,
      );
    }
  } catch (error) {
    // The app works without them: browsing shows an empty list rather than refusing to start.
    logError(error, { op: "loadSampleAtStart" });
  }
}
