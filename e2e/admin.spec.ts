import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eAccounts, signIn } from "./support/admin";
import { expectNoMachineText } from "./support/machine-text";
import { expectNoSidewaysScroll } from "./support/no-sideways-scroll";

async function download(page: Page, name: string, fileName?: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  if (fileName) expect(file.suggestedFilename()).toMatch(fileName);
  return readFile((await file.path())!);
}

test("a reviewer signs in, filters, reviews an assessment with a note, exports CSV and XLSX, and finds it in the audit log", async ({
  page,
}) => {
  await page.goto("/admin/assessments");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fassessments/);
  await expectNoAxeViolations(page);
  await page.getByLabel("电子邮箱").fill(e2eAccounts.reviewer.email);
  await page.getByLabel("密码").fill(e2eAccounts.reviewer.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "自评记录" })).toBeVisible();
  await expect(page.getByRole("link", { name: "用户" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("搜索").fill("示例精密");
  await page.getByLabel("审核状态").selectOption("submitted");
  await page.getByLabel("省份").selectOption("35");
  // A date as people type it, read as the date it is.
  await page.getByLabel("提交日期从").fill("2026年11月1日");
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/q=%E7%A4%BA%E4%BE%8B%E7%B2%BE%E5%AF%86/);
  await expect(page).toHaveURL(/status=submitted/);
  await expect(page.getByTestId("result-count")).toHaveText("共 1 条记录");
  await page.reload(); // the filters live in the URL
  await expect(page.getByLabel("审核状态")).toHaveValue("submitted");
  await expect(page.getByLabel("提交日期从")).toHaveValue("2026-11-01");

  await page.getByRole("link", { name: "示例精密机械有限公司", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "示例精密机械有限公司" })).toBeVisible();
  await expect(page.getByTestId("tier-little-giant")).toBeVisible();
  await expect(page.getByTestId("duplicates")).toContainText("ZJ-E2E003");
  await expectNoAxeViolations(page);

  await page.getByLabel("新状态").selectOption("in_review");
  await page.getByRole("button", { name: "更改状态" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请填写审核意见" })).toBeFocused();
  await expect(page.getByTestId("current-status")).toHaveText("当前状态：已提交");
  await page.getByLabel("审核意见").fill("材料齐全，开始审核。");
  await page.getByRole("button", { name: "更改状态" }).click();
  await expect(page.getByTestId("current-status")).toHaveText("当前状态：审核中");
  await expect(page.getByTestId("history")).toContainText("审核状态：已提交 → 审核中");
  await expect(page.getByTestId("history")).toContainText("审核意见：材料齐全，开始审核。");
  await expectNoMachineText(page.getByTestId("history"));

  await page.getByRole("link", { name: "返回自评记录" }).first().click();
  await page.getByLabel("审核状态").selectOption("in_review");
  await page.getByLabel("省份").selectOption("35");
  await page.getByRole("button", { name: "应用筛选" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("共 2 条记录");

  // Named in the reader's language, stamped in Beijing time.
  const csv = await download(page, "下载 CSV", /^自评记录-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(csv.subarray(3)) as string[][];
  expect(rows[0]!.slice(0, 2)).toEqual(["自评编号", "企业名称"]);
  const statusColumn = rows[0]!.indexOf("审核状态");
  expect(statusColumn).toBeGreaterThan(0);
  expect(
    rows
      .slice(1)
      .map((r) => `${r[0]} ${r[statusColumn]}`)
      .sort(),
  ).toEqual(["ZJ-E2E001 审核中", "ZJ-E2E003 审核中"]);

  const xlsx = await download(page, "下载 Excel（XLSX）", /^自评记录-\d{4}-\d{2}-\d{2}-\d{4}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(3);
  const refs = [2, 3].map((n) => String(sheet.getRow(n).getCell(1).value)).sort();
  expect(refs).toEqual(["ZJ-E2E001", "ZJ-E2E003"]);
  // The columns read back: key figures as numbers, the review note and its reviewer, a real date.
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const reviewedRow = [2, 3].map((n) => sheet.getRow(n)).find((r) => r.getCell(1).value === "ZJ-E2E001")!;
  const cell = (column: string) => reviewedRow.getCell(header.indexOf(column) + 1);
  expect(cell("最新审核意见").value).toBe("材料齐全，开始审核。");
  expect(cell("审核员").value).toBe(e2eAccounts.reviewer.email);
  expect(cell("有人工调整").value).toBe("否");
  expect(typeof cell("上年度营业收入（万元）").value).toBe("number");
  expect(cell("提交时间（北京时间）").value).toBeInstanceOf(Date);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

  await page.getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  const table = page.getByTestId("audit-table");
  // Each entry in words: the target by reference and company, linked; the change as sentences.
  const reviewed = table.getByRole("row").filter({ hasText: "更改审核状态" }).first();
  await expect(reviewed).toContainText(e2eAccounts.reviewer.email);
  await expect(reviewed).toContainText("审核状态：已提交 → 审核中");
  await expect(reviewed.getByRole("link", { name: "ZJ-E2E001 · 示例精密机械有限公司" })).toBeVisible();
  const exported = table.getByRole("row").filter({ hasText: "导出" }).first();
  await expect(exported).toContainText("格式：XLSX");
  await expect(exported).toContainText("筛选条件：审核状态：审核中；省份：福建省");
  await expectNoMachineText(page.getByRole("main"));
  await expectNoAxeViolations(page);
  // The target filter takes the reference the page shows.
  await page.getByLabel("对象（自评编号、用户邮箱或编号）").fill("ZJ-E2E001");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(table.getByRole("row").filter({ hasText: "更改审核状态" })).toHaveCount(1);
  await expect(table.getByRole("row").filter({ hasText: "ZJ-E2E003" })).toHaveCount(0);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedOut=1/);
  await expect(page.getByText("您已退出登录。")).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/admin\/login\?next=/);
  await expect(page.getByRole("heading", { level: 1, name: "管理后台登录" })).toBeVisible();
});

test("an admin manages users; each admin page passes axe", async ({ page }) => {
  await signIn(page, "admin", "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "用户" })).toBeVisible();
  await expectNoAxeViolations(page);
  const email = `new-${Date.now()}@e2e.test`;
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("初始密码").fill("password");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "密码至少需要 12 个字符" })).toBeFocused();
  await expect(page.getByText("不能包含电子邮箱中 @ 之前的部分").first()).toBeVisible();
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email);
  await expectNoAxeViolations(page);
  await page.getByLabel("初始密码").fill("Brand-New-Desk-2026");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已创建用户 ${email}。` })).toBeVisible();
  await page.getByRole("link", { name: `管理 ${email}` }).click();
  await expect(page.getByTestId("user-state")).toContainText("审核员，启用");
  await expectNoAxeViolations(page);
  // Disabling signs the user out at once: not without a tick to confirm it.
  await page.getByRole("button", { name: "停用此账号" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请先勾选确认，再停用此账号" })).toBeVisible();
  await expect(page.getByTestId("user-state")).toContainText("启用");
  await page.getByLabel(`我确认停用 ${email}`).check();
  await page.getByRole("button", { name: "停用此账号" }).click();
  await expect(page.getByTestId("user-state")).toContainText("已停用");

  await page.goto("/admin/assessments?q=ZJ-E2E004");
  await page.getByRole("link", { name: "北方新材料股份有限公司" }).click();
  await expect(page.getByTestId("current-status")).toHaveText("当前状态：推荐");
  // A batch of the batch table; its year follows from it.
  await page.getByLabel("认定批次").selectOption({ label: "第 8 批（2026 年）" });
  await page.getByRole("button", { name: "保存认定信息" }).click();
  await expect(page.getByText("已认定：第 8 批（2026 年）")).toBeVisible();
  await expectNoAxeViolations(page);

  // The audit log in words, in English too: users by e-mail (linked), changes as sentences.
  await page.goto("/admin/audit");
  await page.getByRole("button", { name: "切换到 English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const table = page.getByTestId("audit-table");
  const created = table.getByRole("row").filter({ hasText: "Created user" }).filter({ hasText: email });
  await expect(created).toContainText("Role: reviewer");
  await expect(table.getByRole("row").filter({ hasText: "Disabled user" }).first().getByRole("link")).toHaveText(email);
  await expect(table.getByRole("row").filter({ hasText: "Recorded designation" }).first()).toContainText(
    "Designation: not designated → batch 8 (2026)",
  );
  await expectNoMachineText(page.getByRole("main"));
  await expectNoAxeViolations(page);
});

test("repeated wrong passwords are throttled, and the sign-in page says how long to wait", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.23" });
  await page.goto("/admin/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("电子邮箱").fill(e2eAccounts.locked.email);
    await page.getByLabel("密码").fill(`Wrong-Password-${attempt}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert", { name: "无法登录" })).toContainText("电子邮箱或密码不正确");
    await expect(page.getByRole("alert", { name: "无法登录" })).toBeFocused();
  }
  await page.getByLabel("密码").fill(e2eAccounts.locked.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert", { name: "无法登录" })).toContainText(/尝试次数过多，请在 \d+ 秒后再试/);
  await expectNoAxeViolations(page);
});

test("before the idle limit a warning offers to stay signed in", async ({ page }) => {
  await page.clock.install();
  await signIn(page, "reviewer");
  await expect(page.getByTestId("session-timeout")).toHaveCount(0);
  // The page's script must run the clock before time is moved on, or the timers start later.
  await expect(page.getByTestId("session-clock")).toHaveAttribute("data-armed", "true");
  await page.clock.fastForward("28:30");
  const warning = page.getByTestId("session-timeout");
  await expect(warning).toContainText("由于长时间未操作，您将于");
  await expect(page.getByRole("button", { name: "保持登录" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "保持登录" }).click();
  await expect(warning).toHaveCount(0);
});

test("the assessment list fits tablet and laptop widths in both languages, figures and unmet criteria shown", async ({
  page,
}) => {
  await signIn(page, "reviewer", "/admin/assessments?sort=revenue_desc");
  for (const language of ["zh-CN", "en"] as const) {
    if (language === "en") await page.getByRole("button", { name: "切换到 English" }).click();
    for (const width of [800, 1024, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/admin/assessments?sort=revenue_desc");
      await expect(page.getByTestId("result-count")).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
  }
  // Sorted by revenue, highest first: the seeded 90,000 万元 firm leads; its figures are in its row.
  const first = page.getByRole("row").nth(1);
  await expect(first).toContainText("北方新材料股份有限公司");
  await expect(first).toContainText("90,000");
  await page.goto("/admin/assessments?q=ZJ-E2E006");
  await expect(page.getByRole("row").nth(1).getByTestId("row-unmet")).toContainText("Little Giant, not met:");
  await expectNoMachineText(page.getByRole("main"));
  // Sorted by a tier's points score, chosen from the list's orders: each row names its score.
  await page.getByLabel("Sort by").selectOption({ label: "Technology-based and innovative SME score (highest first)" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/sort=innovative_score_desc/);
  await expect(page.getByRole("row").nth(1).getByTestId("row-sorted-figure")).toHaveText(
    /^Technology-based and innovative SME score: \d+(–\d+)? points/,
  );
  await expectNoMachineText(page.getByRole("main"));
});
