import { describe, expect, it } from "vitest";
import { pickPaths, setAt } from "./answers";
import { pathKind } from "@/lib/criteria/facts/catalogue";
import { parseFacts } from "@/lib/criteria/facts/parse";
import { parseStep } from "./step-schema";
import { findStep, steps } from "./steps";
import { completeAnswers } from "./testing/sample-answers";

const finance = findStep("finance")!;
const company = findStep("company")!;
const financeValues = pickPaths(
  completeAnswers,
  finance.fields.map((f) => f.path),
);

describe("step schemas", () => {
  it("accept a complete step and return only its shown fields; the server leaves other pages' facts aside", () => {
    const withOther = { ...financeValues, people: { employees: 5 } };
    expect(parseStep(finance, withOther, completeAnswers, "complete", pathKind)).toEqual({
      ok: true,
      values: financeValues,
    });
    // The page itself knows only its own questions.
    expect(parseStep(finance, withOther, completeAnswers, "complete")).toMatchObject({
      ok: false,
      issues: [{ path: "people", code: "unknown_field" }],
    });
  });

  it("refuse a key the fact catalogue does not know, with its path", () => {
    const typo = {
      ...financeValues,
      finance: { ...(financeValues.finance as object), revenu: { y1: 1 } },
      __proto__x: 1,
    };
    expect(parseStep(finance, typo, completeAnswers, "partial", pathKind)).toMatchObject({
      ok: false,
      issues: [
        { path: "finance.revenu", code: "unknown_field" },
        { path: "__proto__x", code: "unknown_field" },
      ],
    });
    expect(
      parseStep(finance, JSON.parse('{"__proto__": {"x": 1}}'), completeAnswers, "partial", pathKind),
    ).toMatchObject({
      ok: false,
      issues: [{ path: "__proto__", code: "unknown_field" }],
    });
  });

  it("require an answer or don't know for every shown question when moving on, not when autosaving", () => {
    const partial = setAt(financeValues, "finance.totalAssets", undefined);
    expect(parseStep(finance, partial, completeAnswers, "complete")).toMatchObject({
      ok: false,
      issues: [{ path: "finance.totalAssets", code: "liabilities_need_assets" }],
    });
    const noDebt = setAt(setAt(partial, "finance.totalLiabilities", undefined), "finance.netProfit.y3", undefined);
    expect(parseStep(finance, noDebt, completeAnswers, "complete")).toMatchObject({
      ok: false,
      issues: [
        { path: "finance.netProfit.y3", code: "required" },
        { path: "finance.totalAssets", code: "required" },
        { path: "finance.totalLiabilities", code: "required" },
      ],
    });
    expect(parseStep(finance, noDebt, completeAnswers, "partial").ok).toBe(true);
    expect(parseStep(finance, setAt(noDebt, "finance.totalAssets", null), completeAnswers, "partial").ok).toBe(true);
  });

  it("use the engine's checks: types, ranges and cross-field rules, with their codes", () => {
    const bad = setAt(setAt(financeValues, "finance.mainRevenue.y1", 13000), "finance.rdExpense.y2", -1);
    expect(parseStep(finance, bad, completeAnswers, "complete")).toMatchObject({
      ok: false,
      issues: [
        { path: "finance.mainRevenue.y1", code: "main_revenue_exceeds_revenue" },
        { path: "finance.rdExpense.y2", code: "money_negative" },
      ],
    });
    const text = setAt(financeValues, "finance.totalAssets", "15,000");
    expect(parseStep(finance, text, completeAnswers, "complete")).toMatchObject({
      ok: false,
      issues: [{ path: "finance.totalAssets", code: "expected_number" }],
    });
  });

  it("refuse a founding date after the assessment year saved on the first page, on either page", () => {
    const values = pickPaths(
      completeAnswers,
      company.fields.map((f) => f.path),
    );
    expect(
      parseStep(company, setAt(values, "company.foundedOn", "2030-01-01"), completeAnswers, "complete"),
    ).toMatchObject({
      ok: false,
      issues: [{ path: "company.foundedOn", code: "founded_after_assessment_year" }],
    });
    expect(parseStep(company, setAt(values, "company.foundedOn", "2026-06-30"), completeAnswers, "complete").ok).toBe(
      true,
    );
    const about = findStep("about")!;
    const founded2030 = setAt(completeAnswers, "company.foundedOn", "2030-01-01");
    expect(parseStep(about, { assessmentYear: 2026, review: false }, founded2030, "complete")).toMatchObject({
      ok: false,
      issues: [{ path: "assessmentYear", code: "founded_after_assessment_year" }],
    });
  });

  it("refuse don't know where it makes no sense, blank names, and bad codes", () => {
    const values = pickPaths(
      completeAnswers,
      company.fields.map((f) => f.path),
    );
    expect(parseStep(company, setAt(values, "company.name", "   "), completeAnswers, "complete")).toMatchObject({
      ok: false,
      issues: [{ path: "company.name", code: "required_no_unknown" }],
    });
    expect(parseStep(company, setAt(values, "company.name", null), completeAnswers, "partial")).toMatchObject({
      ok: false,
    });
    const lower = parseStep(
      company,
      setAt(values, "company.uscc", " 91350100m000100y43 "),
      completeAnswers,
      "complete",
    );
    expect(lower).toMatchObject({ ok: true, values: { company: { uscc: "91350100M000100Y43" } } });
    expect(
      parseStep(company, setAt(values, "company.uscc", "91350100M000100Y44"), completeAnswers, "complete"),
    ).toMatchObject({
      ok: false,
      issues: [{ path: "company.uscc", code: "uscc_check_digit" }],
    });
  });

  it("ignore values of questions the step does not show", () => {
    const rich = setAt(financeValues, "finance.equityFinancing2y", 9000);
    expect(parseStep(finance, rich, completeAnswers, "complete")).toEqual({ ok: true, values: financeValues });
  });
});

describe("a page's schema and the facts schema", () => {
  it("find the same problems, each page with its own questions", () => {
    const broken = [
      setAt(completeAnswers, "finance.revenue.y1", -1),
      setAt(completeAnswers, "finance.mainRevenue.y1", 99999),
      setAt(completeAnswers, "people.rdStaff", 9999),
      setAt(completeAnswers, "market.shareDomestic", 101),
      setAt(completeAnswers, "company.uscc", "91350100M000100Y44"),
      setAt(completeAnswers, "management.digitalLevel", 5),
      setAt(completeAnswers, "innovation.scienceAward", "galactic"),
      setAt(completeAnswers, "assessmentYear", 1999),
    ];
    for (const answers of broken) {
      const whole = parseFacts(answers, "en");
      const expected = whole.ok ? [] : whole.issues.map((i) => `${i.path} ${i.code}`).sort();
      const found = steps
        .flatMap((step) => {
          const own = pickPaths(
            answers,
            step.fields.map((f) => f.path),
          );
          const parsed = parseStep(step, own, answers, "partial");
          return parsed.ok ? [] : parsed.issues.map((i) => `${i.path} ${i.code}`);
        })
        .sort();
      expect(found).toEqual(expected);
      expect(found.length).toBeGreaterThan(0);
    }
  });
});
