// The start page's `?limited=<minutes>`, set by the start action when this address started too
// many drafts lately (lib/assessments/draft-limit.ts). Read by the page, for its message, and by
// proxy.ts, for the 429 status and Retry-After; no imports, since proxy.ts loads it.

/** The minutes to wait, or null when the parameter is absent or not a plausible wait. */
export function limitedMinutes(value: string | string[] | null | undefined): number | null {
  const minutes = Number(value);
  return typeof value === "string" && Number.isInteger(minutes) && minutes >= 1 && minutes <= 60 ? minutes : null;
}
