import "server-only";
// The insights on the app's own database, for the page.
import { onAppDatabase } from "@/lib/db/client";
import { queryInsights as insights } from "./query-insights";

export const queryInsights = onAppDatabase(insights);
