import axe from "axe-core";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

type AxeWindow = { axe?: typeof axe };

/**
 * Fails with the list of violations (rule, impact, first target) so the report says what to fix.
 *
 * axe-core is injected once per document and asked for violations only. @axe-core/playwright's
 * AxeBuilder re-injects its 500 KB source on every call, serialises the passes and inapplicable
 * rules too, and opens a blank page to merge the results: 1.5 to 3 s a page against about 0.25 s
 * here, for the same rules (measured side by side on a questionnaire step). We have no iframes,
 * which is all that its frame-by-frame mode adds.
 */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next sets the new page's <title> once its metadata resolves,
  // which can be just after the content a test waited for: wait for a title, as a reader sees it
  // in the tab (a page that never gets one still fails, here or in axe's document-title rule).
  await expect(page).toHaveTitle(/\S/);
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (tags) =>
      (window as AxeWindow)
        .axe!.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes[0]?.target.join(" ")}`)),
    TAGS,
  );
  expect(violations).toEqual([]);
}
