// The questionnaire: one topic per page, covering every fact of criteria.md section 1, derived
// from the fact catalogue (each entry names its page; the catalogue's order is the order asked).
// A page's title and introduction are in the message catalogues under steps.<id>.
import { factLeaves } from "@/lib/criteria/facts/catalogue";
import { STEP_IDS, type StepId } from "@/lib/criteria/facts/entry";
import { fieldOf, type Field } from "./fields";

export type { StepId };
export type Step = { id: StepId; fields: Field[] };

export const steps: readonly Step[] = STEP_IDS.map((id) => ({
  id,
  fields: factLeaves.filter((l) => l.entry.step === id).map(fieldOf),
}));

export function findStep(id: string): Step | undefined {
  return steps.find((s) => s.id === id);
}
