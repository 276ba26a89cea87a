import { describe, expect, it } from "vitest";
import type { RowResult, TierSummary } from "./row-result";
import { parseResultsQuery, RESULTS_PAGE, selectRows, type Listed } from "./results-query";

const tier = (verdict: TierSummary["verdict"], notMet = 0, unknown = 0): TierSummary => ({
  verdict,
  notMet: Array(notMet).fill("lg.revenue"),
  unknown: Array(unknown).fill("lg.ip"),
  manual: [],
});
const firm = (row: number, name: string, lg: TierSummary, next: RowResult["next"] = "little-giant"): Listed => ({
  row,
  name,
  issueCount: 0,
  result: {
    ruleset: "miit-2026",
    tiers: { "innovative-sme": tier("eligible"), "little-giant": lg },
    next,
    metrics: { rdIntensity: null, mainShare: null, debtRatio: null, revenue: null },
  },
});

const rows: Listed[] = [
  firm(1, "乙", tier("not_eligible", 3)),
  firm(2, "甲", tier("undetermined", 0, 2)),
  { row: 3, name: "丙", issueCount: 2, result: null },
  firm(4, "丁", tier("not_eligible", 1, 1)),
  firm(5, "戊", tier("eligible"), null),
];
const order = (q: Record<string, string>) => selectRows(rows, parseResultsQuery(q)).rows.map((r) => r.row);

describe("the results' sort and filter", () => {
  it("reads the URL, anything unknown as the default", () => {
    expect(parseResultsQuery({ sort: "name", show: "issues", page: "2" })).toEqual({
      sort: "name",
      show: "issues",
      page: 2,
    });
    expect(parseResultsQuery({ sort: "drop table", show: ["a", "b"], page: "-1" })).toEqual({
      sort: "row",
      show: "all",
      page: 1,
    });
  });

  it("puts the firms closest to a tier first: verdict, then criteria not met, then open ones", () => {
    expect(order({ sort: "closest-little-giant" })).toEqual([5, 2, 4, 1, 3]);
    expect(order({})).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the firms blocked only by unknown answers, those with problems, those eligible", () => {
    expect(order({ show: "unknowns" })).toEqual([2]);
    expect(order({ show: "issues" })).toEqual([3]);
    expect(order({ show: "eligible-little-giant" })).toEqual([5]);
  });

  it("pages by RESULTS_PAGE", () => {
    const many = Array.from({ length: RESULTS_PAGE + 1 }, (_, i) => firm(i + 1, `${i}`, tier("eligible")));
    const second = selectRows(many, parseResultsQuery({ page: "2" }));
    expect([second.total, second.pages, second.rows.map((r) => r.row)]).toEqual([
      RESULTS_PAGE + 1,
      2,
      [RESULTS_PAGE + 1],
    ]);
  });
});
