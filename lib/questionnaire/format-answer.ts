import { formatAnswer as formatFact } from "@/lib/criteria/facts/display";
import type { Locale } from "@/lib/criteria/types";
import { industryPath } from "./industries";

/** An answer as the check page, the admin and the export show it, in the reader's language. */
export function formatAnswer(path: string, value: unknown, locale: Locale): string {
  return formatFact(path, value, locale, (code) => {
    const last = industryPath(code).at(-1);
    return last ? (locale === "en" ? last.en : last.zh) : null;
  });
}
