import "server-only";
// The screening operations bound to the app's database, for its pages and route handlers.
import { onAppDatabase } from "@/lib/db/client";
import { deleteScreening as remove } from "./delete-screening";
import { screeningInsightRows as insightRows } from "./insight-rows";
import {
  getScreening as one,
  getScreeningRow as oneRow,
  listScreenings as list,
  screeningPage as page,
} from "./read-screenings";
import { storeScreening as store } from "./store-screening";

export const listScreenings = onAppDatabase(list);
export const getScreening = onAppDatabase(one);
export const getScreeningRow = onAppDatabase(oneRow);
export const screeningPage = onAppDatabase(page);
export const storeScreening = onAppDatabase(store);
export const deleteScreening = onAppDatabase(remove);
/**
 * For the insights page (lib/insights): a stored screening's evaluated firms, as
 * `ScreeningInsightRow[]` (null for no such screening).
 * @public
 */
export const screeningInsightRows = onAppDatabase(insightRows);
