// The report's PDF, read back as its reader gets it: the file the "Download PDF" link gives and the
// browser's own print. Numbered pages in the reader's language, the report's title and language in
// the file, tagged, none of the site's chrome; only a submitted assessment its holder asks for.
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { ID } from "./paths";
import { openPersona } from "./support/held";
import { personas } from "./support/personas";

type Pdf = { pages: string[]; title: unknown; language: unknown; tagged: boolean; outline: number };

async function readPdf(pdf: Buffer | Uint8Array): Promise<Pdf> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { info } = await getMeta(doc);
  const { text } = await extractText(doc, { mergePages: false });
  return {
    pages: text,
    title: info.Title,
    language: info.Language,
    tagged: (await doc.getMarkInfo())?.Marked === true,
    outline: (await doc.getOutline())?.length ?? 0,
  };
}

/** The "Download PDF" link's file, as this page's browser gets it (its cookies, its language). */
async function download(page: Page, id: string): Promise<Pdf & { disposition: string | undefined }> {
  const response = await page.request.get(`/assess/${id}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  return { ...(await readPdf(await response.body())), disposition: response.headers()["content-disposition"] };
}

/** What the site's header and footer say, in either language: none of it belongs in a report. */
const chrome = {
  "zh-CN": ["管理员登录", "跳到主要内容", "开源项目，免费使用", "本工具依据公开的政策文件提供自评参考", "切换到"],
  en: [
    "Administrator sign-in",
    "Skip to main content",
    "Open source and free to use",
    "This tool gives a self-assessment",
  ],
};

function expectNoChrome(pdf: Pdf, locale: keyof typeof chrome) {
  const text = pdf.pages.join("\n");
  for (const line of chrome[locale]) expect(text).not.toContain(line);
}

test("the downloaded report is numbered, titled, tagged, in the reader's language, without the site's chrome", async ({
  page,
}) => {
  const id = await openPersona(page, "eligible");
  await expect(page.getByTestId("company")).toContainText("示例达标精工有限公司");

  const pdf = await download(page, id);
  expect(pdf.disposition).toBe(`attachment; filename="${personas.eligible.reference}.pdf"`);
  const total = pdf.pages.length;
  expect(total).toBeGreaterThan(1);
  pdf.pages.forEach((text, i) => expect(text).toContain(`第 ${i + 1} / ${total} 页`));
  expect(pdf.pages[0]).toContain("示例达标精工有限公司");
  // The last page is the report's end, not a page holding only the site footer or a page number.
  expect(pdf.pages.at(-1)!.replace(`第 ${total} / ${total} 页`, "").trim()).not.toBe("");
  expectNoChrome(pdf, "zh-CN");
  expect(pdf.title).toBe(await page.title());
  expect(pdf.title).not.toBe("");
  expect(pdf.language).toBe("zh-CN");
  expect(pdf.tagged).toBe(true);
  expect(pdf.outline).toBeGreaterThan(0);

  // The browser's own print is the same document: no site chrome there either.
  const printed = await readPdf(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(printed.pages.join("\n")).toContain("示例达标精工有限公司");
  expect(printed.pages.at(-1)!.trim()).not.toBe("");
  expectNoChrome(printed, "zh-CN");

  await page.getByRole("button", { name: "切换到 English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const english = await download(page, id);
  const pages = english.pages.length;
  english.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages}`));
  expect(english.pages.join("\n")).not.toContain("页");
  expectNoChrome(english, "en");
  expect(english.title).toBe(await page.title());
  expect(english.language).toBe("en");
});

test("a draft has no PDF, not even one whose result page shows a preview", async ({ page }) => {
  // A complete draft of our own, copied from a submitted report: its result page is a preview.
  await openPersona(page, "eligible");
  await page.getByRole("button", { name: "基于这些回答新建自评" }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${ID}/check$`));
  const draft = new RegExp(`/assess/(${ID})/`).exec(page.url())![1]!;
  await page.goto(`/assess/${draft}/result`);
  await expect(page.getByText("结果预览：尚未提交")).toBeVisible();
  expect((await page.request.get(`/assess/${draft}/pdf`)).status()).toBe(404);

  const halfway = await openPersona(page, "halfway");
  expect((await page.request.get(`/assess/${halfway}/pdf`)).status()).toBe(404);
});

test("a browser that does not hold the assessment gets no PDF of it", async ({ page, browser }) => {
  const id = await openPersona(page, "eligible");
  const stranger = await browser.newContext();
  try {
    const response = await stranger.request.get(`/assess/${id}/pdf`);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"] ?? "").not.toContain("application/pdf");
  } finally {
    await stranger.close();
  }
});

test("a second download of the same report is the same file from the server's cache; another language is printed anew", async ({
  page,
}) => {
  // A report and a query no other test downloads, so that the first download here is printed.
  const id = await openPersona(page, "vague");
  const url = `/assess/${id}/pdf?compare=miit-2020`;
  const get = async (path: string) => {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    return { source: response.headers()["x-pdf-cache"], body: await response.body() };
  };

  const first = await get(url);
  expect(first.source).toBe("miss");
  const second = await get(url);
  expect(second.source).toBe("hit");
  expect(Buffer.compare(second.body, first.body)).toBe(0);
  // A rule set the report does not know changes nothing in it, so it is the same file too.
  const madeUp = await get(`${url}&ruleset=no-such-rules`);
  expect(madeUp.source).toBe("hit");
  expect(Buffer.compare(madeUp.body, first.body)).toBe(0);

  await page.getByRole("button", { name: "切换到 English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const english = await get(url);
  expect(english.source).toBe("miss");
  const pdf = await readPdf(english.body);
  expect(pdf.language).toBe("en");
  expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.pages.length}`);
  expect((await get(url)).source).toBe("hit");
});
