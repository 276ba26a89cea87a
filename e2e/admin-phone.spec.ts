import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { expectNoMachineText } from "./support/machine-text";
import { expectNoSidewaysScroll } from "./support/no-sideways-scroll";

// Every admin page on a phone, in both languages: nothing scrolls sideways (tables become cards),
// and nothing reads as machine notation.
const pages = [
  "/admin/assessments",
  "/admin/audit",
  "/admin/users",
  "/admin/imports",
  "/admin/screening",
  "/admin/insights",
];

for (const width of [320, 390])
  test(`admin pages at ${width} px, in Chinese and in English`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signIn(page, "admin", "/admin/assessments");
    for (const locale of ["zh-CN", "en"] as const) {
      if (locale === "en") await page.getByRole("button", { name: "切换到 English" }).click();
      for (const path of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSidewaysScroll(page);
        await expectNoMachineText(page.getByRole("main"));
      }
      await page.goto("/admin/assessments?q=ZJ-E2E002");
      await page.getByTestId("assessment-cards").getByRole("link").first().click();
      await expect(page.getByTestId("review-summary")).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoMachineText(page.getByRole("main"));
    }
    await expectNoAxeViolations(page);
  });
