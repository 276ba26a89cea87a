// Answers a questionnaire step the way a user does (typing, clicking radios and boxes), driven by
// a facts-shaped answers object. Controls are found by the ids the form gives them.
import { expect, type Page } from "@playwright/test";
import { getAt, type Answers } from "@/lib/questionnaire/answers";
import { visibleFields } from "@/lib/questionnaire/journey";
import { findStep, type StepId } from "@/lib/questionnaire/steps";
import { fieldId } from "@/lib/ui/questionnaire/field-ids";
import { ID } from "../paths";

const optionId = (path: string, options: readonly string[], value: string) =>
  options[0] === value ? `#${fieldId(path)}` : `#${fieldId(path)}-${value}`;

export async function fillStep(page: Page, stepId: StepId, answers: Answers) {
  for (const f of visibleFields(findStep(stepId)!, answers)) {
    const id = `#${fieldId(f.path)}`;
    const value = getAt(answers, f.path);
    if (value === undefined) continue;
    switch (f.kind) {
      case "flag":
        await page.locator(value === null ? `${id}-__unknown` : value ? id : `${id}-false`).check();
        break;
      case "choice":
      case "level":
        await page
          .locator(value === null ? `${id}-__unknown` : optionId(f.path, f.options ?? [], String(value)))
          .check();
        break;
      case "choices":
        if (value === null) await page.locator(`${id}-unknown`).check();
        else if ((value as string[]).length === 0) await page.locator(`${id}-none`).check();
        else for (const v of value as string[]) await page.locator(optionId(f.path, f.options ?? [], v)).check();
        break;
      case "province":
        await page.locator(id).selectOption(value === null ? "__unknown" : String(value));
        break;
      default:
        if (value === null) await page.locator(`${id}-unknown`).check();
        else await page.locator(id).fill(String(value));
    }
  }
}

export async function startAssessment(page: Page): Promise<string> {
  await page.goto("/assess/new");
  await page.getByRole("button", { name: "开始" }).click();
  await page.waitForURL(new RegExp(`/assess/${ID}/about$`));
  return new RegExp(`/assess/(${ID})/`).exec(page.url())![1]!;
}

/** Fills a step and moves on, waiting for the next page to show. */
export async function completeStep(page: Page, stepId: StepId, answers: Answers) {
  await fillStep(page, stepId, answers);
  await page.getByRole("button", { name: /保存并继续|保存并返回核对页|Save and/ }).click();
  await expect(page).not.toHaveURL(new RegExp(`/${stepId}(\\?|$)`));
}
