import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { completeStep, startAssessment } from "./support/questionnaire";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";

test("the questionnaire works on a 360 px phone without sideways scrolling", async ({ page }) => {
  const id = await startAssessment(page);
  for (const step of ["about", "company", "standing", "titles"] as const)
    await completeStep(page, step, completeAnswers);
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/finance$`));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
