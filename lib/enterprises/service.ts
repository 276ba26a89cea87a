import "server-only";
// The designated enterprises' queries on the app's own database, for pages and route handlers.
import { onAppDatabase } from "@/lib/db/client";
import { compareAssessment as compare } from "./compare-assessment";
import { listPage as page, listVersion } from "./count-enterprises";
import { getEnterprise as one } from "./get-enterprise";
import { searchEnterprises as search } from "./search-enterprises";

export const compareAssessment = onAppDatabase(compare);
export const getEnterprise = onAppDatabase(one);
export const enterpriseListPage = onAppDatabase(page);
export const searchEnterprises = onAppDatabase(search);

/** What the list page shows besides its URL's query: the list's version (one row read). */
export const enterpriseListVersion = onAppDatabase(listVersion);
