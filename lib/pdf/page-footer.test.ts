import { describe, expect, it } from "vitest";
import { pageFooter } from "./page-footer";

/** The footer as Chromium prints it on page 2 of 5. */
const printed = (template: string) =>
  template
    .replace('<span class="pageNumber"></span>', "2")
    .replace('<span class="totalPages"></span>', "5")
    .replace(/<[^>]+>/g, "");

describe("the PDF's page-number footer", () => {
  it("reads in Chinese on a Chinese page", () => {
    expect(printed(pageFooter("zh-CN"))).toBe("第 2 / 5 页");
    expect(pageFooter("zh-CN")).toContain('lang="zh-CN"');
  });

  it("reads in English on an English page", () => {
    expect(printed(pageFooter("en"))).toBe("Page 2 of 5");
    expect(pageFooter("en")).toContain('lang="en"');
  });

  it("falls back to Chinese for a page without a language of ours", () => {
    expect(printed(pageFooter(null))).toBe("第 2 / 5 页");
    expect(printed(pageFooter("fr"))).toBe("第 2 / 5 页");
  });

  it("names its own size and a font that has CJK glyphs (the template sees none of the page's styles)", () => {
    expect(pageFooter("zh-CN")).toMatch(/font-size:\s*8pt/);
    expect(pageFooter("zh-CN")).toContain("Noto Sans CJK SC");
    expect(pageFooter("zh-CN")).toContain("WenQuanYi Micro Hei");
  });

  it("fills both of Chromium's counters and nothing else", () => {
    const template = pageFooter("en");
    expect(template.match(/class="pageNumber"/g)).toHaveLength(1);
    expect(template.match(/class="totalPages"/g)).toHaveLength(1);
    expect(template).not.toContain("{");
  });
});
