import { describe, expect, it } from "vitest";
import { refusalFromQuery, refusalMessage, refusalQuery, uploadFields } from "./upload-fields";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const t = (key: string, values?: { id: string }) => `${key}${values ? `:${values.id}` : ""}`;

describe("the upload's batch and year (the same check as the command line's)", () => {
  it.each([
    [{ batch: "50" }, "batch", "批次“50”无效：应为 1 至 8 的整数"],
    [{ batch: "99" }, "batch", "批次“99”无效：应为 1 至 8 的整数"],
    [{ batch: "1e1" }, "batch", "批次“1e1”无效：应为 1 至 8 的整数"],
    [{ year: "2030" }, "year", "年份“2030”无效：应为 2019 至 2026 年"],
    [{ batch: "7", year: "2024" }, "year", "年份“2024”与批次不符：第 7 批是 2025 年"],
  ])("refuses %j with its reason", (fields, field, message) => {
    const checked = uploadFields(form(fields));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(refusalMessage(checked.refusal, t, "zh-CN")).toEqual({ field, message });
    // A plain form post carries the refusal back in the URL; the page says the same.
    const query = Object.fromEntries(new URLSearchParams(refusalQuery(checked.refusal)));
    expect(refusalMessage(refusalFromQuery(query)!, t, "zh-CN")).toEqual({ field, message });
  });

  it("takes blank fields (the file says) and a batch with its year", () => {
    expect(uploadFields(form({ batch: "", year: "" }))).toEqual({ ok: true, batch: undefined, year: undefined });
    expect(uploadFields(form({ batch: "5", year: "2023" }))).toEqual({ ok: true, batch: 5, year: 2023 });
    expect(uploadFields(new FormData())).toEqual({ ok: true, batch: undefined, year: undefined });
  });

  it("never shows what a hand-made URL says, and never an empty reason", () => {
    expect(refusalFromQuery({ error: "generic", id: "<script>" })).toBeNull();
    expect(refusalFromQuery({ error: "nonsense" })).toBeNull();
    expect(refusalMessage({ code: "batch_year", batch: "5", year: "" }, t, "en").message).toBe(
      'Invalid batch "5": a whole number from 1 to 8',
    );
    expect(refusalMessage({ code: "too_large" }, t, "zh-CN")).toEqual({ field: "file", message: "errors.tooLarge" });
  });
});
