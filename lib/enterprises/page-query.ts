import { parseEnterpriseQuery, type EnterpriseQuery } from "./query";

type SearchParams = Record<string, string | string[] | undefined>;

/** A page's query: like the API's, but a bad parameter is dropped (the page still shows) instead of refused. */
export function pageQuery(searchParams: SearchParams): EnterpriseQuery {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) if (typeof value === "string") params.set(key, value);
  const first = parseEnterpriseQuery(params);
  if (first.ok) return first.query;
  for (const issue of first.issues) params.delete(issue.param);
  const second = parseEnterpriseQuery(params);
  return second.ok ? second.query : { limit: 20 };
}
