import { describe, expect, it } from "vitest";
import {
  criterionLabels,
  evaluate,
  evaluateCore,
  parseFacts,
  tierTitle,
  TIER_IDS,
  type Evaluation,
} from "@/lib/criteria";
import { setAt, type Answers } from "@/lib/questionnaire/answers";
import { completeAnswers } from "@/lib/questionnaire/testing/sample-answers";
import { buildReport, type ReportSource } from "./build-report";

const today = "2026-11-21";
const draft = (answers: Answers): ReportSource => ({
  id: "a",
  reference: "ZJ-TEST01",
  status: "draft",
  submittedAt: null,
  rulesetId: "miit-2026",
  answers,
  evaluation: null,
});
const submitted = (answers: Answers, evaluation?: unknown): ReportSource => {
  const facts = parseFacts(answers, "zh-CN");
  if (!facts.ok) throw new Error("invalid fixture");
  return {
    ...draft(answers),
    status: "submitted",
    submittedAt: new Date("2026-11-20T08:00:00Z"),
    evaluation: evaluation ?? evaluateCore(facts.facts, { ruleset: "miit-2026" }),
  };
};
const tier = (r: NonNullable<ReturnType<typeof buildReport>>, id: string) =>
  r.evaluation.tiers.find((t) => t.id === id)!;

describe("the result report", () => {
  it("shows a clearly eligible firm's ladder with its prerequisites", () => {
    const r = buildReport(submitted(completeAnswers), { locale: "zh-CN", today })!;
    expect(r.ruleset).toBe("miit-2026");
    expect(r.ladder.map((x) => [x.tier, x.verdict, x.requires?.outcome ?? null])).toEqual([
      ["innovative-sme", "eligible", null],
      ["specialized-sme", "undetermined", "met"],
      ["little-giant", "eligible", "met"],
    ]);
    // Both titles below are held: the plan starts at the Little Giant, with nothing unmet.
    expect(r.plan.startsAt).toBe("little-giant");
    expect(r.plan.tiers.find((t) => t.tier === "little-giant")?.steps).toEqual([]);
    expect(r.application.current).toBe(true);
    // The round open last is the batch table's (its dates are that table's, with their notice).
    expect(r.round).toMatchObject({ batch: 8, year: 2026 });
    expect(buildReport(submitted(completeAnswers), { locale: "zh-CN", today, ruleset: "miit-2018" })!.round).toBeNull();
    expect(r.rulesChanged).toBe(false);
    expect(r.groups.map((g) => g.group)).toEqual([
      "specialisation",
      "refinement",
      "distinctiveness",
      "innovation",
      "field",
    ]);
  });

  it("plans the Little Giant's gaps, nearest first, each gap once", () => {
    const weak = setAt(
      setAt(setAt(completeAnswers, "finance.rdExpense.y1", 300), "finance.rdExpense.y2", 200),
      "ip.classOne",
      1,
    );
    const r = buildReport(draft(weak), { locale: "zh-CN", today })!;
    expect(tier(r, "little-giant").verdict).toBe("not_eligible");
    const lg = r.plan.tiers.find((t) => t.tier === "little-giant")!;
    const actions = lg.steps.flatMap((s) => (s.kind === "do" ? [s.action] : s.options));
    const messages = actions.flatMap((a) => [...a.musts, ...a.routes.flat()].map((g) => g.message));
    expect(messages).toContain("2025年研发费用需增加 60 万元才能达到 3%");
    expect(new Set(messages).size).toBe(messages.length);
    const distances = actions.map((a) => a.distance ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(actions.some((a) => a.criterion.id === "lg.ip")).toBe(true);
    expect(r.assessment.preview).toBe(true);
  });

  it("puts the unknown answers an undecided criterion waits for first in 'to confirm'", () => {
    const vague = setAt(
      setAt(setAt(completeAnswers, "finance.totalLiabilities", null), "management.timeHonouredBrand", null),
      "finance.totalAssets",
      null,
    );
    const r = buildReport(draft(vague), { locale: "en", today })!;
    expect(r.toConfirm[0]).toMatchObject({ decisive: true, step: "finance" });
    // The sample firm already said "don't know" to its international share; it decides nothing here.
    expect(r.toConfirm.map((c) => c.path)).toEqual([
      "finance.totalAssets",
      "finance.totalLiabilities",
      "market.shareInternational",
      "management.timeHonouredBrand",
    ]);
    expect(r.toConfirm.find((c) => c.path === "market.shareInternational")?.decisive).toBe(false);
    expect(r.toConfirm.find((c) => c.path === "management.timeHonouredBrand")?.decisive).toBe(false);
    expect(tier(r, "little-giant").verdict).toBe("undetermined");
  });

  it("compares two rule sets: met under 2022, not met under 2026 at 85% main-business share", () => {
    const r = buildReport(draft(setAt(completeAnswers, "finance.mainRevenue.y1", 10200)), {
      locale: "zh-CN",
      today,
      ruleset: "miit-2022",
      compare: "miit-2026",
    })!;
    expect(r.ruleset).toBe("miit-2022");
    const row = r.diff!.rows.find((x) => x.tier === "little-giant" && x.criterion === "lg.main-business-share");
    expect(row).toMatchObject({ left: { outcome: "met" }, right: { outcome: "not_met" } });
    expect(row!.right!.gap).toContain("90");
    expect(r.diff!.rows.find((x) => x.criterion === "lg.exclusions")).toMatchObject({
      left: null,
      right: { outcome: "met" },
    });
  });

  it("keeps a submitted assessment's frozen evaluation when today's rules would decide otherwise", () => {
    const source = submitted(completeAnswers);
    const frozen = structuredClone(source.evaluation) as Evaluation;
    frozen.tiers[2]!.verdict = "not_eligible";
    frozen.tiers[2]!.criteria[0]!.outcome = "not_met";
    const r = buildReport({ ...source, evaluation: frozen }, { locale: "en", today })!;
    expect(r.rulesChanged).toBe(true);
    expect(tier(r, "little-giant").verdict).toBe("not_eligible");
    // The frozen evaluation is worded in the reader's language too.
    expect(tier(r, "little-giant").criteria[0]!.label).toMatch(/^[ -~]+$/);
    expect(tier(r, "little-giant").title).toBe("SRDI “Little Giant” enterprise");
    const same = buildReport(source, { locale: "en", today })!;
    expect([same.rulesChanged, tier(same, "little-giant").criteria[0]!.label]).toEqual([
      false,
      expect.stringMatching(/[A-Za-z]/),
    ]);
  });

  it("shows what the corrected rules change beside the frozen result: each verdict and criterion", () => {
    const source = submitted(completeAnswers);
    const frozen = structuredClone(source.evaluation) as Evaluation;
    const lg = frozen.tiers[2]!;
    lg.verdict = "not_eligible";
    lg.criteria.find((c) => c.id === "lg.debt-ratio")!.outcome = "not_met";
    const r = buildReport({ ...source, evaluation: frozen }, { locale: "zh-CN", today })!;
    expect(r.rulesChanged).toBe(true);
    expect(r.correction!.verdicts.find((v) => v.tier === "little-giant")).toEqual({
      tier: "little-giant",
      left: "not_eligible",
      right: "eligible",
    });
    expect(r.correction!.rows).toEqual([
      expect.objectContaining({
        tier: "little-giant",
        criterion: "lg.debt-ratio",
        left: expect.objectContaining({ outcome: "not_met" }),
        right: expect.objectContaining({ outcome: "met" }),
      }),
    ]);
    // The frozen result stays the one shown.
    expect(tier(r, "little-giant").verdict).toBe("not_eligible");
    expect(buildReport(source, { locale: "zh-CN", today })!.correction).toBeNull();
  });

  it("evaluates a 2026 review under miit-2022 and says why; a new application under miit-2026", () => {
    const review = buildReport(draft(setAt(completeAnswers, "review", true)), { locale: "en", today })!;
    expect(review.ruleset).toBe("miit-2022");
    expect(review.evaluation.ruleset.reason).toMatchObject({ code: "review_year" });
    expect(review.evaluation.ruleset.reason!.message).toContain("2026 reviews");
    const fresh = buildReport(draft(completeAnswers), { locale: "en", today })!;
    expect([fresh.ruleset, fresh.evaluation.ruleset.reason?.code]).toEqual(["miit-2026", "in_force"]);
    const asked = buildReport(draft(setAt(completeAnswers, "review", true)), {
      locale: "en",
      today,
      ruleset: "miit-2026",
    })!;
    expect([asked.ruleset, asked.evaluation.ruleset.reason?.code]).toEqual(["miit-2026", "requested"]);
  });

  it("names what a historical rule set leaves out", () => {
    const r = buildReport(draft(completeAnswers), { locale: "en", today, ruleset: "miit-2018" })!;
    expect(r.rulesets.find((x) => x.id === "miit-2018")!.notes).toMatch(/technical staff/);
    expect(r.rulesets.map((x) => x.id)).toEqual(["miit-2026", "miit-2022", "miit-2020", "miit-2018"]);
  });

  it("stores an evaluation without words, and reads it in either language", () => {
    const source = submitted(completeAnswers);
    const stored = JSON.stringify(source.evaluation);
    const titles = TIER_IDS.flatMap((id) => [tierTitle("zh-CN", "miit-2026", id), tierTitle("en", "miit-2026", id)]);
    for (const words of [criterionLabels["zh-CN"], criterionLabels.en, titles])
      for (const word of Object.values(words)) expect(stored).not.toContain(`"${word}"`);
    expect(stored).not.toMatch(/"(label|explanation|reference|message|title|locale)"/);
    const zh = buildReport(source, { locale: "zh-CN", today })!;
    const en = buildReport(source, { locale: "en", today })!;
    expect(tier(zh, "little-giant").title).toBe("专精特新“小巨人”企业");
    expect(tier(en, "little-giant").title).toBe("SRDI “Little Giant” enterprise");
    expect(tier(en, "little-giant").criteria.map((c) => c.outcome)).toEqual(
      tier(zh, "little-giant").criteria.map((c) => c.outcome),
    );
  });

  it("reads an evaluation stored in Chinese before the catalogue, keeping its outcomes, in English", () => {
    const weak = setAt(setAt(completeAnswers, "finance.rdExpense.y1", 300), "finance.revenue.y1", 12000);
    const facts = parseFacts(weak, "zh-CN");
    if (!facts.ok) throw new Error("invalid fixture");
    const legacy = JSON.parse(JSON.stringify(evaluate(facts.facts, { ruleset: "miit-2026", locale: "zh-CN" })));
    // As stored then: flat value names, the words in Chinese, the outcomes of that day.
    const c = legacy.tiers[2].criteria.find((x: { id: string }) => x.id === "lg.rd-intensity");
    c.values = { rdIntensityY1: 2.5, revenueY1: 12000 };
    // A verdict that today's rules would not repeat, so the report shows the stored one.
    legacy.tiers[2].criteria.find((x: { id: string }) => x.id === "lg.niche-years").outcome = "not_met";
    const r = buildReport(submitted(weak, legacy), { locale: "en", today })!;
    expect(r.rulesChanged).toBe(true);
    expect(tier(r, "little-giant").criteria.find((x) => x.id === "lg.niche-years")!.outcome).toBe("not_met");
    const read = tier(r, "little-giant").criteria.find((x) => x.id === "lg.rd-intensity")!;
    expect(read.outcome).toBe("not_met");
    expect(read.values).toEqual({ rdIntensityY1: 2.5, "finance.revenue.y1": 12000 });
    expect(read.gap!.message).toBe("R&D expenditure in 2025 must rise by 60 万元 to reach 3%");
    expect(read.label).toBe(
      evaluate(facts.facts, { ruleset: "miit-2026", locale: "en" }).tiers[2]!.criteria.find(
        (x) => x.id === "lg.rd-intensity",
      )!.label,
    );
  });

  it("is null for answers that do not make valid facts", () => {
    expect(buildReport(draft({ finance: { revenue: { y1: -1 } } }), { locale: "zh-CN", today })).toBeNull();
  });
});
