import { describe, expect, it } from "vitest";
import { columnHeader, questionText } from "@/lib/criteria/facts/display";
import { flattenFacts } from "@/lib/criteria/facts/flatten";
import { parseFacts } from "@/lib/criteria/facts/parse";
import { findStep } from "./steps";
import { completeAnswers } from "./testing/sample-answers";

// The main product (主导产品): one catalogue entry that the market page asks, the API takes as an
// optional text and the export gives its own column.
describe("market.mainProduct", () => {
  it("is asked first on the market page, as text with a don't-know choice", () => {
    const [first] = findStep("market")!.fields;
    expect(first).toMatchObject({ path: "market.mainProduct", kind: "text", unknownAllowed: true });
    expect(questionText("market.mainProduct", "zh-CN")).toBe("贵公司的主导产品是什么？");
    expect(questionText("market.mainProduct", "en")).toBe("What is the company's main product?");
  });

  it("is optional in the facts: absent, unknown or given", () => {
    const { mainProduct, ...market } = completeAnswers.market as Record<string, unknown>;
    expect(mainProduct).toBe("精密机械零部件");
    expect(parseFacts({ ...completeAnswers, market }, "zh-CN")).toMatchObject({ ok: true });
    expect(parseFacts({ ...completeAnswers, market: { ...market, mainProduct: null } }, "zh-CN")).toMatchObject({
      ok: true,
    });
    const given = parseFacts(completeAnswers, "zh-CN");
    expect(given.ok && flattenFacts(given.facts)["market.mainProduct"]).toBe("精密机械零部件");
  });

  it("refuses what is not short text", () => {
    const market = (mainProduct: unknown) => ({ ...completeAnswers, market: { mainProduct } });
    expect(parseFacts(market(42), "en")).toMatchObject({ ok: false, issues: [{ path: "market.mainProduct" }] });
    expect(parseFacts(market("轴".repeat(201)), "en")).toMatchObject({
      ok: false,
      issues: [{ path: "market.mainProduct", code: "text_too_long" }],
    });
  });

  it("has an export column in both languages", () => {
    expect(columnHeader("market.mainProduct", "zh-CN")).toContain("主导产品");
    expect(columnHeader("market.mainProduct", "en")).toContain("Main product");
  });
});
