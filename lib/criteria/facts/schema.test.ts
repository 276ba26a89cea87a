import { describe, expect, it } from "vitest";
import { baseFacts } from "../cases/base";
import { patch } from "../cases/types";
import { parseFacts } from "./parse";

function issues(input: unknown, locale: "zh-CN" | "en" = "zh-CN") {
  const r = parseFacts(input, locale);
  return r.ok ? [] : r.issues;
}

describe("facts schema", () => {
  it("accepts the full base record and an empty draft", () => {
    expect(issues(baseFacts)).toEqual([]);
    expect(issues({})).toEqual([]);
    expect(issues({ finance: { revenue: { y1: null } }, company: null })).toEqual([]);
  });

  it("refuses a key it does not know, at that key's path, and keeps nulls", () => {
    const found = issues({ extra: 1, finance: { revenu: { y1: 3 }, revenue: { y1: null, y9: 3 } } }, "en");
    expect(found.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "extra", message: "There is no such field: remove it or check its spelling", code: "unknown_field" },
      {
        path: "finance.revenu",
        message: "There is no such field: remove it or check its spelling",
        code: "unknown_field",
      },
      {
        path: "finance.revenue.y9",
        message: "There is no such field: remove it or check its spelling",
        code: "unknown_field",
      },
    ]);
    expect(parseFacts({ finance: { revenue: { y1: null } } }, "en")).toEqual({
      ok: true,
      facts: { finance: { revenue: { y1: null } } },
    });
  });

  it("refuses __proto__ and constructor as keys, as JSON.parse delivers them", () => {
    for (const body of ['{"__proto__": {"x": 1}}', '{"finance": {"__proto__": 1}}', '{"constructor": 1}']) {
      const found = issues(JSON.parse(body), "en");
      expect(
        found.map((i) => i.code),
        body,
      ).toEqual(["unknown_field"]);
      expect(found[0]!.path, body).toMatch(/__proto__|constructor/);
    }
  });

  it("main revenue may not exceed revenue, in both languages", () => {
    const facts = patch(baseFacts, { finance: { mainRevenue: { y2: 11000.01 } } });
    expect(issues(facts, "zh-CN")).toEqual([
      { path: "finance.mainRevenue.y2", message: "主营业务收入不能高于营业收入", code: "main_revenue_exceeds_revenue" },
    ]);
    expect(issues(facts, "en")).toEqual([
      {
        path: "finance.mainRevenue.y2",
        message: "Main business revenue cannot exceed total revenue",
        code: "main_revenue_exceeds_revenue",
      },
    ]);
    expect(issues(patch(baseFacts, { finance: { mainRevenue: { y2: 11000 } } }))).toEqual([]);
  });

  it("R&D staff may not exceed employees", () => {
    const found = issues(patch(baseFacts, { people: { rdStaff: 261 } }), "en");
    expect(found).toEqual([
      {
        path: "people.rdStaff",
        message: "R&D staff cannot exceed the number of employees",
        code: "rd_staff_exceeds_employees",
      },
    ]);
    expect(issues(patch(baseFacts, { people: { rdStaff: 260 } }))).toEqual([]);
  });

  it("liabilities need assets", () => {
    expect(issues(patch(baseFacts, { finance: { totalAssets: null } }))).toEqual([
      { path: "finance.totalAssets", message: "填写了负债总额时，请同时填写资产总额", code: "liabilities_need_assets" },
    ]);
    expect(issues(patch(baseFacts, { finance: { totalAssets: 0 } })).map((i) => i.code)).toEqual([
      "assets_zero_with_liabilities",
    ]);
    expect(issues(patch(baseFacts, { finance: { totalAssets: 0, totalLiabilities: 0 } }))).toEqual([]);
    expect(issues(patch(baseFacts, { finance: { totalAssets: null, totalLiabilities: null } }))).toEqual([]);
    expect(issues(patch(baseFacts, { finance: { totalLiabilities: 20000 } }))).toEqual([]);
  });

  it.each([
    [{ finance: { revenue: { y1: -1 } } }, "finance.revenue.y1", "money_negative"],
    [{ finance: { rdExpense: { y2: "100" } } }, "finance.rdExpense.y2", "expected_number"],
    [{ finance: { totalAssets: 1e11 } }, "finance.totalAssets", "number_too_large"],
    [{ market: { shareDomestic: 100.01 } }, "market.shareDomestic", "percent_range"],
    [{ market: { shareInternational: -0.5 } }, "market.shareInternational", "percent_range"],
    [{ market: { nationalRank: 0 } }, "market.nationalRank", "rank_min"],
    [{ market: { nicheYears: 2.5 } }, "market.nicheYears", "integer_required"],
    [{ people: { employees: -3 } }, "people.employees", "count_negative"],
    [{ ip: { classOne: 1.5 } }, "ip.classOne", "integer_required"],
    [{ scores: { development: 101 } }, "scores.development", "score_range"],
    [{ scores: { provincialLocal: 15.5 } }, "scores.provincialLocal", "provincial_local_range"],
    [{ management: { digitalLevel: 5 } }, "management.digitalLevel", "digital_level_range"],
    [{ management: { digitalLevel: 2.5 } }, "management.digitalLevel", "integer_required"],
    [{ assessmentYear: 1999 }, "assessmentYear", "year_range"],
    [{ review: "yes" }, "review", "expected_boolean"],
    [{ innovation: { rdInstitution: "county" } }, "innovation.rdInstitution", "invalid_option"],
    [{ field: { chainRoles: ["fill-gap", "fill-gap"] } }, "field.chainRoles", "duplicate_option"],
    [{ field: { tenSectors: ["space"] } }, "field.tenSectors.0", "invalid_option"],
    [{ field: { cyberFields: "data-security" } }, "field.cyberFields", "expected_array"],
    [{ company: { foundedOn: "2023-02-29" } }, "company.foundedOn", "invalid_date"],
    [{ company: { foundedOn: "2012/05/18" } }, "company.foundedOn", "invalid_date"],
    [{ company: { foundedOn: "2030-01-01" } }, "company.foundedOn", "founded_after_assessment_year"],
    [{ assessmentYear: 2011 }, "assessmentYear", "founded_after_assessment_year"],
    [{ company: { uscc: "91440300708461136X" } }, "company.uscc", "uscc_check_digit"],
    [{ company: { uscc: "9144030070846113" } }, "company.uscc", "uscc_format"],
    [{ company: { province: "99" } }, "company.province", "province_unknown"],
    [{ company: { province: 44 } }, "company.province", "expected_string"],
    [{ company: { industryCode: "C34841" } }, "company.industryCode", "industry_code_format"],
    [{ company: { industryCode: "c3484" } }, "company.industryCode", "industry_code_format"],
    [{ company: { industryCode: "Z3484" } }, "company.industryCode", "industry_code_format"],
    [{ finance: 5 }, "finance", "expected_object"],
  ])("rejects %j at %s", (over, path, code) => {
    const found = issues(patch(baseFacts, over));
    expect(found.map((i) => [i.path, i.code])).toContainEqual([path, code]);
    for (const i of found) expect(i.message.length).toBeGreaterThan(0);
  });

  it("accepts a firm founded in the assessment year itself, and any date when the year is unknown", () => {
    expect(issues(patch(baseFacts, { company: { foundedOn: "2026-12-31" } }))).toEqual([]);
    expect(issues(patch(baseFacts, { assessmentYear: null, company: { foundedOn: "2030-01-01" } }))).toEqual([]);
  });

  it("accepts boundary values", () => {
    const edge = patch(baseFacts, {
      assessmentYear: 2100,
      company: { foundedOn: "2024-02-29", province: "65", industryCode: "T98" },
      market: { shareDomestic: 100, shareInternational: 0, nationalRank: 1 },
      scores: { development: 0, developmentPrev: 100, provincialLocal: 15 },
      management: { digitalLevel: 4 },
      finance: { netProfit: { y1: -500 } },
    });
    expect(issues(edge)).toEqual([]);
  });

  it("reports every problem at once, the cross-field ones included", () => {
    const found = issues(
      patch(baseFacts, {
        finance: { revenue: { y1: -1 }, mainRevenue: { y2: 20000 } },
        market: { shareDomestic: 120 },
      }),
    );
    expect(found.map((i) => i.code).sort()).toEqual([
      "main_revenue_exceeds_revenue",
      "money_negative",
      "percent_range",
    ]);
  });

  it("rejects a non-object", () => {
    expect(issues([], "en")).toEqual([
      { path: "", message: "This must be a group of fields (a JSON object)", code: "expected_object" },
    ]);
  });
});
