import { compareAssessment } from "@/lib/enterprises/service";
import type { Answers } from "@/lib/questionnaire/answers";
import { ComparisonView } from "./comparison-view";

type Props = {
  /** The assessment's answers (facts shape): province, industry, main product, finance and IP figures are used. */
  answers: Answers;
  /** Left out of its own peers if an admin marked it designated; its comparison page is linked. */
  assessmentId?: string;
  /** A main product typed on the comparison page; else the answered one, else the company name's hint. */
  product?: string;
  headingLevel?: 2 | 3;
  /** False on the comparison page itself; elsewhere the panel links to it. */
  linkToFullComparison?: boolean;
};

/** The comparison with designated enterprises, ready to drop into a page (a server component). */
export async function ComparisonPanel({
  answers,
  assessmentId,
  product,
  headingLevel,
  linkToFullComparison = true,
}: Props) {
  const comparison = await compareAssessment(answers, { assessmentId, product });
  const fullComparisonHref = assessmentId && linkToFullComparison ? `/assess/${assessmentId}/compare` : undefined;
  return <ComparisonView comparison={comparison} headingLevel={headingLevel} fullComparisonHref={fullComparisonHref} />;
}
