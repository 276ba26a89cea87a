// What a downloaded report depends on, as the PDF cache's key: the assessment and its version, the
// language, the rule sets asked for (only real ones: any other value shows the default and must
// not make a new key), the day in China (the cover's date; rules take effect by date) and the
// comparison data (a new import or designation changes the peers shown).
import { isRulesetId } from "@/lib/criteria";
import type { Locale } from "@/lib/i18n/locales";

export type PdfKeyParts = {
  id: string;
  version: number;
  updatedAt: Date;
  locale: Locale;
  ruleset: string | null;
  compare: string | null;
  today: string;
  peers: string;
};

/** The rule set query values the report honours; others are dropped from the key and the print. */
export function reportQuery(url: URL): { ruleset: string | null; compare: string | null } {
  const known = (key: string) => {
    const value = url.searchParams.get(key);
    return isRulesetId(value) ? value : null;
  };
  return { ruleset: known("ruleset"), compare: known("compare") };
}

export function pdfCacheKey(p: PdfKeyParts): string {
  return JSON.stringify([p.id, p.version, p.updatedAt.toISOString(), p.locale, p.ruleset, p.compare, p.today, p.peers]);
}
