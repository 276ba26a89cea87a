import { describe, expect, it } from "vitest";
import { answersFromForm } from "./form-data";
import { findStep } from "./steps";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("a step posted as a plain form", () => {
  it("reads numbers as people type them, keeps what is not a number as text, and don't know as null", () => {
    const finance = findStep("finance")!;
    expect(
      answersFromForm(
        finance.fields,
        form([
          ["finance.revenue.y1", "12,000"],
          ["finance.revenue.y2", "2,5OO"],
          ["finance.revenue.y3", ""],
          ["finance.netProfit.y1", "-300"],
          ["finance.totalAssets__unknown", "1"],
          ["finance.totalAssets", "ignored"],
        ]),
      ),
    ).toEqual({
      finance: { revenue: { y1: 12000, y2: "2,5OO" }, netProfit: { y1: -300 }, totalAssets: null },
    });
  });

  it("reads radios, checkboxes, none of these, codes and industry names", () => {
    const field = findStep("field")!;
    expect(
      answersFromForm(
        field.fields,
        form([
          ["field.sixFoundations", "core-components"],
          ["field.sixFoundations", "key-software"],
          ["field.tenSectors__none", "1"],
          ["field.cyberFields__unknown", "1"],
          ["field.strategicEmerging", "true"],
          ["field.keyChainLink", "__unknown"],
          ["field.industryTrack", "emerging"],
        ]),
      ),
    ).toMatchObject({
      field: {
        sixFoundations: ["core-components", "key-software"],
        tenSectors: [],
        cyberFields: null,
        strategicEmerging: true,
        keyChainLink: null,
        industryTrack: "emerging",
      },
    });
    const company = findStep("company")!;
    expect(answersFromForm(company.fields, form([["company.industryCode", "c3484 制造"]]))).toEqual({
      company: { industryCode: "C3484" },
    });
    expect(answersFromForm(company.fields, form([["company.industryCode", "稀有稀土金属冶炼"]]))).toEqual({
      company: { industryCode: "C323" },
    });
    expect(answersFromForm(findStep("management")!.fields, form([["management.digitalLevel", "3"]]))).toEqual({
      management: { digitalLevel: 3 },
    });
  });
});
