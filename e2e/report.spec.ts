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
  await expect(page.getByTestId("plan-little-giant")).toContainText("本级没有未满足的条件。");
  await expect(page.getByTestId("decision-little-giant")).toContainText("符合条件，最早可在 2026 年申报");
  await expect(page.getByTestId("criterion-lg.rd-intensity")).toContainText("2025年研发强度 = 720 / 12,000 × 100 = 6%");
  await expect(page.getByTestId("criterion-lg.rd-intensity")).toContainText("工信部企业〔2026〕2号");
  // The card marks its threshold's confidence and links to the one note that explains it.
  const marker = page.getByTestId("criterion-lg.rd-intensity").getByTestId("confidence-marker");
  await expect(marker).toHaveText("※ 转载文本，待核实");
  await expect(marker).toHaveAttribute("href", "#confidence-secondary");
  await expect(page.locator("#confidence-secondary")).toContainText("尚未与官方原文逐字核对");
  await expect(page.getByText(/尚未与官方原文逐字核对/)).toHaveCount(1);
  // A question the firm was never asked (equity financing, revenue being high enough) is not "unknown".
  await expect(page.getByTestId("criterion-ssme.scale")).toContainText("未问（不需要）");
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
    // Inside a folded tier: printing shows every tier in full.
    "720 / 12,000",
  ])
    expect(printed).toContain(text);

  const download = await page.request.get(`/assess/${id}/pdf`);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename="ZJ-[0-9A-Z]{6}\.pdf"/);
  const downloaded = await pdfText(await download.body());
  for (const text of [
    "示例达标精工有限公司",
    "科技和创新型中小企业",
    "专精特新中小企业",
    "专精特新“小巨人”企业",
    "720 / 12,000",
  ])
    expect(downloaded).toContain(text);

  await toEnglish(page);
  await expect(verdict(page, "little-giant")).toContainText("Eligible");
  await expect(page.getByTestId("plan-little-giant")).toContainText("Nothing unmet at this tier.");
  await expectNoAxeViolations(page);
});

test("a firm short on R&D and IP sees the gaps in plain units, closest first, in both languages", async ({ page }) => {
  await openPersona(page, "weak");
  await expect(verdict(page, "little-giant")).toContainText("不符合条件");
  const next = page.getByTestId("plan-little-giant");
  await expect(next).toContainText("2025年研发费用需增加 60 万元才能达到 3%");
  await expect(next).toContainText("2024年研发费用需增加 115 万元才能达到 3%");
  await expect(page.getByTestId("criterion-lg.ip")).toContainText("不满足");
  await expect(page.getByTestId("criterion-lg.rd-total")).toContainText("不满足");
  await expectNoAxeViolations(page);

  await toEnglish(page);
  await expect(verdict(page, "little-giant")).toContainText("Not eligible");
  await expect(page.getByTestId("plan-little-giant")).toContainText(
    "R&D expenditure in 2025 must rise by 60 万元 to reach 3%",
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

  // One tier under miit-2018: a heading that fits it, and the title it presupposes by name.
  await page.goto(`/assess/${id}/result?ruleset=miit-2018`);
  await expect(page.getByRole("heading", { name: "认定结论" })).toBeVisible();
  await expect(verdict(page, "little-giant")).toContainText("前提：已取得“专精特新中小企业”称号");
  await expect(page.locator("main")).not.toContainText("specialized-sme");

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

test("the decision names what keeps a tier open, and the plan climbs the ladder with routes to choose from", async ({
  page,
}) => {
  await openPersona(page, "germanium");
  await expect(verdict(page, "specialized-sme")).toContainText("尚无法确定");
  const decision = page.getByTestId("decision-specialized-sme");
  await expect(decision).toContainText("尚无法确定，因为“细分市场占有率”需主管部门人工判断");
  await expect(decision).toContainText("由审核部门判断");
  await expect(page.getByTestId("decision-little-giant")).toContainText("符合条件");
  await expectNoAxeViolations(page);
  await toEnglish(page);
  await expect(page.getByTestId("decision-specialized-sme")).toContainText("need the authority's judgement");
  await expect(page.getByTestId("decision-specialized-sme")).toContainText(/market share/i);

  await openPersona(page, "small");
  await expect(page.getByTestId("decision-innovative-sme")).toContainText("Not eligible");
  await page.getByRole("button", { name: "Switch to 中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const plan = page.getByTestId("plan");
  // Ladder order from the first title not held; the base tier's routes as one group, nearest first.
  await expect(plan.getByRole("heading", { level: 3 })).toHaveText([
    /第 1 级：科技和创新型中小企业/,
    /第 2 级/,
    /第 3 级/,
  ]);
  const group = page.getByTestId("plan-innovative-sme").getByTestId("plan-any-of");
  await expect(group).toContainText("任选其一");
  await expect(group.getByRole("listitem").first()).toContainText("创新型中小企业评价得分");
  await expect(page.getByTestId("earliest-little-giant")).toContainText("2029");
  await expect(page.getByTestId("application-window")).toContainText("工信厅企业函〔2026〕117号");
  await expect(page.getByTestId("application-round")).toContainText("第 8 批（2026 年），2026 年 4 至 5 月申报");
  await expect(page.getByTestId("what-next")).toContainText("zjtx.miit.gov.cn");
  await expect(page.getByTestId("what-next")).toContainText("营业执照");
  // The tiers' criteria are folded; a step of the plan opens its criterion.
  const card = page.getByTestId("tier-little-giant").getByTestId("criterion-lg.rd-total");
  await expect(card).toBeHidden();
  await page.getByTestId("plan-little-giant").getByRole("link", { name: "近2年研发费用总额" }).click();
  await expect(card).toBeVisible();
  await expect(card).toContainText("不满足");
  await expectNoAxeViolations(page);
});

for (const width of [320, 390])
  test(`the result and check pages fit a ${width} px phone in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const id = await openPersona(page, "small");
    await page.goto(`/assess/${id}/result?compare=miit-2022`);
    await expect(page.getByTestId("ruleset-diff")).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await toEnglish(page);
    await expect(page.getByTestId("ruleset-diff")).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await openPersona(page, "complete");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Switch to 中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
