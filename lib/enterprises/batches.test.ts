import { describe, expect, it } from "vitest";
import { batchYear, BATCHES, checkBatchYear } from "./batches";
import { batchYearMessage } from "./import/messages";

describe("checkBatchYear: the one check of a batch and a year", () => {
  it.each([
    [{ batch: "50" }, "batch"],
    [{ batch: "99" }, "batch"],
    [{ batch: "0" }, "batch"],
    [{ batch: "1e1" }, "batch"],
    [{ batch: "5.0" }, "batch"],
    [{ batch: "10.0" }, "batch"],
    [{ batch: " 5" }, "batch"],
    [{ batch: "-5" }, "batch"],
    [{ batch: 5.5 }, "batch"],
    [{ year: "2030" }, "year"],
    [{ year: "2018" }, "year"],
    [{ year: "2e3" }, "year"],
    [{ year: " 2023" }, "year"],
    [{ batch: "5", year: "2024" }, "year_of_batch"],
  ])("refuses %j (%s), with a reason in both languages", (input, code) => {
    const checked = checkBatchYear(input);
    expect(checked).toMatchObject({ ok: false, problem: { code } });
    if (checked.ok) return;
    for (const locale of ["zh-CN", "en"] as const) expect(batchYearMessage(checked.problem, locale)).toMatch(/\S{4}/);
  });

  it("names the batch's year when the year does not match", () => {
    const checked = checkBatchYear({ batch: "5", year: "2024" });
    expect(!checked.ok && batchYearMessage(checked.problem, "zh-CN")).toBe("年份“2024”与批次不符：第 5 批是 2023 年");
    expect(!checked.ok && batchYearMessage(checked.problem, "en")).toBe(
      'The year "2024" does not match the batch: batch 5 was in 2023',
    );
  });

  it("accepts every batch of the table with its year, either alone, or neither", () => {
    for (const { batch, year } of BATCHES) {
      expect(checkBatchYear({ batch: String(batch), year: String(year) })).toEqual({ ok: true, batch, year });
      expect(checkBatchYear({ batch })).toEqual({ ok: true, batch, year: undefined });
      expect(checkBatchYear({ year: String(year) })).toEqual({ ok: true, batch: undefined, year });
    }
    expect(checkBatchYear({ batch: "", year: "  " })).toEqual({ ok: true, batch: undefined, year: undefined });
    expect(checkBatchYear({ batch: "05" })).toMatchObject({ ok: true, batch: 5 });
    expect(batchYear(8)).toBe(2026);
  });

  it("with `both`, refuses one without the other", () => {
    expect(checkBatchYear({ batch: "5", year: "" }, { both: true })).toMatchObject({
      ok: false,
      problem: { field: "year", code: "batch_year_both" },
    });
    expect(checkBatchYear({ batch: "", year: "" }, { both: true })).toMatchObject({ ok: true });
  });
});
