import { getRulesetInfo } from "../rulesets/catalog";
import { innovativeSmeAt, littleGiantAt, specializedSmeAt } from "./at-date";

/** The parameters of miit-2026: every series as in force on the rule set's first day. */
const AT = getRulesetInfo("miit-2026").effectiveFrom;

export const miit2026Params = {
  id: "miit-2026" as const,
  innovativeSme: innovativeSmeAt(AT),
  specializedSme: specializedSmeAt(AT),
  littleGiant: littleGiantAt(AT),
};

export type Miit2026Params = typeof miit2026Params;
