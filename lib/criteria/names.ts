import { DERIVED, isDerivedId } from "./derived";
import { leafOf } from "./facts/catalogue";
import type { FactUnit } from "./facts/entry";
import { factLabel } from "./facts/label";
import { withYear } from "./years";
import { fillTemplate } from "./format";
import { terms } from "./labels";
import type { Locale } from "./types";

/**
 * The name of any value the engine reports, from where it is defined: a fact path (the
 * catalogue), a derived value (DERIVED), the points score or one of its groups.
 */
export function valueLabel(name: string, locale: Locale, assessmentYear: number | null): string {
  if (isDerivedId(name)) {
    const def = DERIVED[name];
    return withYear(def.label[locale], "year" in def ? def.year : null, locale, assessmentYear);
  }
  if (name === "score") return terms[locale].scoreTotal;
  if (name.startsWith("score.")) {
    const part = (terms[locale].score as Record<string, string>)[name.slice(6)];
    if (part) return fillTemplate(terms[locale].scoreOf, { part });
  }
  return factLabel(name, locale, assessmentYear);
}

/** The unit of any value the engine reports: a fact's, a derived value's, or points for a score. */
export function valueUnit(name: string): FactUnit | null {
  if (isDerivedId(name)) return DERIVED[name].unit;
  if (name === "score" || name.startsWith("score.")) return "分";
  return leafOf(name)?.entry.unit ?? null;
}
