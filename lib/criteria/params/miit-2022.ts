import { getRulesetInfo } from "../rulesets/catalog";
import { innovativeSmeAt, littleGiantAt, specializedSmeAt } from "./at-date";

/** The parameters of miit-2022: every series as in force on the rule set's first day. */
const AT = getRulesetInfo("miit-2022").effectiveFrom;

export const miit2022Params = {
  id: "miit-2022" as const,
  innovativeSme: innovativeSmeAt(AT),
  specializedSme: specializedSmeAt(AT),
  littleGiant: littleGiantAt(AT),
};

export type Miit2022Params = typeof miit2022Params;
