import { expect, test } from "@playwright/test";
import { generateSampleEnterprises } from "@/lib/enterprises/sample-generator";
import { expectNoAxeViolations } from "./axe";
import { SEEDED_FIRM } from "./seed/enterprises.seed";
import { openPersona } from "./support/held";

const sample = generateSampleEnterprises();
const held = sample.length + 1;
const inZhejiang = sample.filter((f) => f.provinceCode === "33").length + 1;
const grouped = (n: number) => n.toLocaleString("en-US");

test("browse the designated enterprises: counts, filters, search, pages and a firm's page", async ({ page }) => {
  await page.goto("/enterprises");
  await expect(page.getByRole("heading", { level: 1, name: "已认定的专精特新“小巨人”企业" })).toBeVisible();
  await expect(page.getByTestId("sample-notice")).toContainText("示例");
  await expect(page.getByTestId("total")).toHaveText(`共 ${grouped(held)} 家企业`);
  await expect(page.getByRole("link", { name: new RegExp(`^浙江省\\s*${inZhejiang}$`) })).toBeVisible();
  await expect(page.getByTestId("batch-facts").getByRole("row", { name: /第 5 批/ })).toContainText("3,671");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(page.getByTestId("total")).toHaveText(`共 ${grouped(held)} 家企业`);
  await expect(page.getByRole("link", { name: "回到第一页" })).toBeVisible();

  await page.goto("/enterprises");
  await page.getByLabel("省份", { exact: true }).selectOption("33");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/province=33/);
  await expect(page.getByTestId("total")).toHaveText(`共 ${grouped(inZhejiang)} 家企业`);

  await page.getByLabel("企业名称或主导产品").fill("五轴数控");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("total")).toHaveText("共 1 家企业");
  await page.getByRole("link", { name: SEEDED_FIRM.name }).click();

  await expect(page.getByRole("heading", { level: 1, name: SEEDED_FIRM.name })).toBeVisible();
  const details = page.getByTestId("firm-details");
  await expect(details).toContainText("浙江省");
  await expect(details).toContainText(SEEDED_FIRM.city);
  await expect(details).toContainText("第 5 批（2023 年）");
  await expect(details).toContainText("C3421");
  await expect(page.getByText("8.5%")).toBeVisible();
  await expect(page.getByTestId("sample-notice")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/enterprises?industry=C342&batch=5");
  await expect(page.getByRole("cell", { name: "C3421 金属加工机械制造" }).first()).toBeVisible();
});

test("the API answers filters with a total and keyset pages", async ({ request }) => {
  const first = await (await request.get("/api/v1/enterprises?province=33&limit=50")).json();
  expect(first.total).toBe(inZhejiang);
  expect(first.items).toHaveLength(50);
  const second = await (
    await request.get(`/api/v1/enterprises?province=33&limit=50&cursor=${first.nextCursor}`)
  ).json();
  expect(second.items[0].name > first.items[49].name || second.items[0].id > first.items[49].id).toBe(true);
  expect((await request.get("/api/v1/enterprises?batch=9")).status()).toBe(400);
});

test("a company compares its submitted assessment with its designated peers", async ({ page, browser }) => {
  const id = await openPersona(page, "peer");
  await page.goto(`/assess/${id}/compare`);
  await expect(page.getByRole("heading", { level: 1, name: "与已认定企业比较" })).toBeVisible();
  await expect(page.getByTestId("comparison-scope")).toContainText("福建省");
  const standings = page.getByTestId("standings");
  await expect(standings.getByRole("row")).toHaveCount(5);
  await expect(standings.getByRole("row", { name: /研发投入强度/ })).toContainText("6%");
  await expect(page.getByTestId("peers-by-batch").getByRole("row")).toHaveCount(9);
  await expect(page.getByText("比较中包含示例数据")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("贵公司的主导产品").fill(SEEDED_FIRM.product);
  await page.getByRole("button", { name: "查找相近企业" }).click();
  await expect(page.getByTestId("similar-firms").getByRole("link").first()).toHaveText(SEEDED_FIRM.name);
  await page.getByRole("link", { name: "返回自评结果" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${id}/result$`));

  const stranger = await browser.newPage();
  await stranger.goto(`/assess/${id}/compare`);
  await expect(stranger.getByRole("heading", { level: 1, name: "无法打开这份自评" })).toBeVisible();
  await stranger.close();
});
