import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("the landing page is in Chinese by default, switches to English and remembers it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "专精特新梯度培育自评" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "正式申报只在工业和信息化部平台进行" })).toBeVisible();
  await expect(page.getByRole("link", { name: "开始自评" })).toHaveAttribute("href", "/assess/new");
  await expect(
    page.getByRole("navigation", { name: "主要栏目" }).getByRole("link", { name: "已认定企业" }),
  ).toHaveAttribute("href", "/enterprises");
  await expect(page.getByText(/现行标准：.*2026/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "切换到 English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /self-assessment/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: /self-assessment/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a self-assessment" })).toBeVisible();
  await expect(page.getByRole("link", { name: /zjtx\.miit\.gov\.cn/ })).toHaveAttribute(
    "href",
    "https://zjtx.miit.gov.cn",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Switch to 中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the landing page fits the screen without sideways scrolling", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an unknown page answers 404 with a translated page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到该页面" })).toBeVisible();
  await expectNoAxeViolations(page);
});
