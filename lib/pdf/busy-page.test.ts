import { describe, expect, it } from "vitest";
import { pdfBusyResponse } from "./busy-page";

describe("the busy answer", () => {
  it("is 503 with Retry-After and a page in the reader's language linking back to the report", async () => {
    const zh = pdfBusyResponse("zh-CN", 12, "/assess/abc/result?ruleset=miit-2022&compare=miit-2018");
    expect(zh.status).toBe(503);
    expect(zh.headers.get("retry-after")).toBe("12");
    expect(zh.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await zh.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("约 12 秒后再试");
    expect(html).toContain('<a href="/assess/abc/result?ruleset=miit-2022&amp;compare=miit-2018">返回报告</a>');

    const en = await pdfBusyResponse("en", 3, "/assess/abc/result").text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Try again in about 3 seconds");
    expect(en).toContain("&quot;Print the report&quot;");
    expect(en).not.toContain("秒");
  });
});
