import { expect, type Page } from "@playwright/test";
import type { Answers } from "@/lib/questionnaire/answers";
import { steps } from "@/lib/questionnaire/steps";
import { completeStep, startAssessment } from "./questionnaire";

/** Answers every step as a user would, submits on the check page, and lands on the report. */
export async function submitAssessment(page: Page, answers: Answers): Promise<string> {
  const id = await startAssessment(page);
  for (const step of steps) await completeStep(page, step.id, answers);
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/check$`));
  await page.getByRole("button", { name: "确认并提交" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/result$`));
  return id;
}
