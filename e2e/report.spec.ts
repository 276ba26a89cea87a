import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./support/admin";
import { openPersona } from "./support/held";

const verdict = (page: Page, tier: string) => page.getByTestId(`ladder-${tier}`);

async function toEnglish(page: Page) {
  await page.getByRole("button", { name: "切换到 English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text;
}

test("a clearly eligible firm sees every tier's verdict, nothing to do, and a printable report", async ({ page }) => {
  const id = await openPersona(page, "eligible");
  await expect(page.getByTestId("company")).toContainText("示例达标精工有限公司");
  await expect(verdict(page, "innovative-sme")).toContainText("符合条件");
  await expect(verdict(page, "specialized-sme")).toContainText("尚无法确定");
  await expect(verdict(page, "little-giant")).toContainText("符合条件");
  await expect(verdict(page, "little-giant")).toContainText("前提：已取得“专精特新中小企业”称号（满足）");
  await expect(page.getByText("没有未满足的量化条件。")).toBeVisible();
  await expect(page.getByTestId("criterion-lg.rd-intensity")).toContainText("2025年研发强度 = 720 / 12,000 × 100 = 6%");
  await expect(page.getByTestId("criterion-lg.rd-intensity")).toContainText("工信部企业〔2026〕2号");
  await expect(page.getByTestId("criterion-lg.rd-intensity")).toContainText("尚未与官方原文逐字核对");
  await expect(page.getByTestId("groups-table")).toContainText("创新能力");
  // The comparison with designated peers sits in the report (sample firms on a new installation).
  await expect(page.getByTestId("comparison")).toBeVisible();
  await expect(page.getByTestId("comparison-scope")).toBeVisible();
  await expectNoAxeViolations(page);

  const printed = await pdfText(await page.pdf({ format: "A4" }));
  for (const text of [
    "示例达标精工有限公司",
    "专精特新梯度培育自评报告",
    "科技和创新型中小企业",
    "专精特新中小企业",
    "专精特新“小巨人”企业",
  ])
    expect(printed).toContain(text);

  const download = await page.request.get(`/assess/${id}/pdf`);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename="ZJ-[0-9A-Z]{6}\.pdf"/);
  const downloaded = await pdfText(await download.body());
  for (const text of ["示例达标精工有限公司", "科技和创新型中小企业", "专精特新中小企业", "专精特新“小巨人”企业"])
    expect(downloaded).toContain(text);

  await toEnglish(page);
  await expect(verdict(page, "little-giant")).toContainText("Eligible");
  await expect(page.getByText("No quantitative criterion is unmet.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a firm short on R&D and IP sees the gaps in plain units, closest first, in both languages", async ({ page }) => {
  await openPersona(page, "weak");
  await expect(verdict(page, "little-giant")).toContainText("不符合条件");
  const next = page.getByTestId("next-steps");
  await expect(next).toContainText("2025年研发费用需增加 60.0 万元才能达到 3%");
  await expect(next).toContainText("2024年研发费用需增加 115.0 万元才能达到 3%");
  await expect(page.getByTestId("criterion-lg.ip")).toContainText("不满足");
  await expect(page.getByTestId("criterion-lg.rd-total")).toContainText("不满足");
  await expectNoAxeViolations(page);

  await toEnglish(page);
  await expect(verdict(page, "little-giant")).toContainText("Not eligible");
  await expect(page.getByTestId("next-steps")).toContainText(
    "R&D expenditure in 2025 must rise by 60.0 万元 to reach 3%",
  );
  await expect(page.getByTestId("criterion-lg.ip")).toContainText("Not met");
});

test("a firm with many unknown answers sees undetermined verdicts and what to confirm", async ({ page }) => {
  await openPersona(page, "vague");
  await expect(verdict(page, "little-giant")).toContainText("尚无法确定");
  const confirm = page.getByTestId("to-confirm");
  for (const label of ["上年末资产总额", "上年度研发人员数", "本年度专精特新发展评价得分"])
    await expect(confirm).toContainText(label);
  await expect(confirm.getByText("影响结论").first()).toBeVisible();
  await expect(page.getByTestId("criterion-lg.debt-ratio")).toContainText("待确认");
  await expectNoAxeViolations(page);

  await toEnglish(page);
  await expect(verdict(page, "little-giant")).toContainText("Undetermined");
  await expect(page.getByTestId("to-confirm")).toContainText("Total assets at the end of last year");
  await expect(page.getByTestId("to-confirm").getByText("decisive").first()).toBeVisible();
});

test("the same answers under another rule set, and the difference between two", async ({ page, browser }) => {
  const id = await openPersona(page, "lowMainShare");
  await expect(page.getByTestId("criterion-lg.main-business-share")).toContainText("不满足");
  await page.getByLabel("与另一标准对比").selectOption("miit-2022");
  await page.getByRole("button", { name: "对比" }).click();
  const diff = page.getByTestId("ruleset-diff");
  const row = diff.getByRole("row").filter({ hasText: /小巨人.*主营业务收入占比/ });
  await expect(row).toContainText("不满足");
  await expect(row).toContainText("满足");
  await expect(row).toContainText("90");
  await expect(diff).toContainText("无此条件");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /优质中小企业梯度培育管理暂行办法/ }).click();
  await expect(page).toHaveURL(/ruleset=miit-2022/);
  await expect(page.getByTestId("criterion-lg.main-business-share")).toContainText("满足");
  await expect(page.getByText(/（当前查看）|\(当前查看\)/)).toBeVisible();

  const json = await page.request.get(`/api/v1/assessments/${id}/report?ruleset=miit-2018`);
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({
    ruleset: "miit-2018",
    frozenRuleset: "miit-2026",
    evaluation: { tiers: [{ id: "little-giant" }] },
  });
  const origin = page.url().split("/assess")[0];
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`${origin}/api/v1/assessments/${id}/report`)).status()).toBe(404);
  await stranger.close();
  // Reviewers see every submitted assessment's report.
  const office = await browser.newContext({ baseURL: origin });
  const reviewer = await office.newPage();
  await signIn(reviewer, "reviewer");
  const reviewed = await reviewer.request.get(`/api/v1/assessments/${id}/report`);
  expect(reviewed.status()).toBe(200);
  expect(await reviewed.json()).toMatchObject({ assessment: { id }, ruleset: "miit-2026" });
  await office.close();
});

test("a 2026 review is reported under the 2022 standard, and the report says why", async ({ page }) => {
  await openPersona(page, "review");
  await expect(
    page.getByText("适用标准：《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）"),
  ).toBeVisible();
  await expect(page.getByTestId("ruleset-reason")).toContainText("2026 年度复核仍按");
  await expect(page.getByTestId("ruleset-reason")).toContainText("工信厅企业函〔2026〕117号");
  await toEnglish(page);
  await expect(page.getByTestId("ruleset-reason")).toContainText("The 2026 reviews still follow");
});

test("a result locked before a correction shows the corrected one beside it, verdict by verdict", async ({ page }) => {
  await openPersona(page, "corrected");
  await expect(page.getByText("提交之后，本工具按官方文本更正了部分标准数据")).toBeVisible();
  const table = page.getByTestId("correction-diff");
  await expect(table.getByRole("heading", { name: "标准数据更正前后的结论对比" })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: "科技和创新型中小企业 · 结论" });
  await expect(row).toContainText("结论有变化");
  await expect(row).toContainText("不符合条件");
  await expect(row).toContainText("符合条件");
  await expect(table.getByRole("row").filter({ hasText: "评价得分" })).toBeVisible();
  // The locked result is the one reported below.
  await expect(verdict(page, "innovative-sme")).toContainText("不符合条件");
  await expectNoAxeViolations(page);
});
