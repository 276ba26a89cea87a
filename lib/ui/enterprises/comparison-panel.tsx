import { compareAssessment } from "@/lib/enterprises/service";
import type { Answers } from "@/lib/questionnaire/answers";
import { ComparisonView } from "./comparison-view";

type Props = {
  /** The assessment's answers (facts shape): province, industry, finance and IP figures are used. */
  answers: Answers;
  /** Left out of its own peers if an admin marked it designated. */
  assessmentId?: string;
  /** The company's main product, for "similar firms"; taken from the company name when absent. */
  product?: string;
  headingLevel?: 2 | 3;
};

/** The comparison with designated enterprises, ready to drop into a page (a server component). */
export async function ComparisonPanel({ answers, assessmentId, product, headingLevel }: Props) {
  const comparison = await compareAssessment(answers, { assessmentId, product });
  return <ComparisonView comparison={comparison} headingLevel={headingLevel} />;
}
