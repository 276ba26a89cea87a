import { describe, expect, it } from "vitest";
import { baseFacts } from "./cases/base";
import { patch } from "./cases/types";
import { evaluate } from "./evaluate";
import { evaluateRequest, MAX_BODY_BYTES, utf8Bytes } from "./http";

const post = (body: unknown, options = {}) =>
  evaluateRequest(typeof body === "string" ? body : JSON.stringify(body), options);

describe("evaluateRequest (POST /api/v1/evaluations)", () => {
  it("answers 200 with the same result as evaluate()", () => {
    const a = post({ ruleset: "miit-2022", facts: baseFacts });
    expect(a.status).toBe(200);
    expect(a.body).toEqual(evaluate(baseFacts, { ruleset: "miit-2022" }));
  });

  it("uses the rule set in force on `today` when the body names none", () => {
    expect(post({ facts: {} }, { today: "2026-03-31" }).body).toMatchObject({ ruleset: { id: "miit-2022" } });
    expect(post({ facts: {}, ruleset: null }, { today: "2026-04-01" }).body).toMatchObject({
      ruleset: { id: "miit-2026" },
    });
  });

  it("evaluates a 2026 review under miit-2022 and says why; the historical rule sets by id", () => {
    const review = post({ facts: { ...baseFacts, review: true } }, { today: "2026-12-02", locale: "en" });
    expect(review.body).toMatchObject({ ruleset: { id: "miit-2022", reason: { code: "review_year" } } });
    for (const id of ["miit-2020", "miit-2018"]) {
      const a = post({ ruleset: id, facts: baseFacts });
      expect(a.status).toBe(200);
      expect(a.body).toMatchObject({ ruleset: { id, reason: { code: "requested" } }, tiers: [{ id: "little-giant" }] });
    }
  });

  it("takes the locale from the options or the body", () => {
    expect(post({ facts: {} }, { locale: "en" }).body).toMatchObject({ locale: "en" });
    expect(post({ facts: {}, locale: "en" }, { locale: "zh-CN" }).body).toMatchObject({ locale: "en" });
    expect(post({ facts: {}, locale: "fr" })).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("answers 400 unknown_ruleset", () => {
    expect(post({ ruleset: "miit-2030", facts: {} })).toEqual({ status: 400, body: { error: "unknown_ruleset" } });
    expect(post({ ruleset: 2026, facts: {} })).toEqual({ status: 400, body: { error: "unknown_ruleset" } });
  });

  it("answers 400 invalid_facts with dotted paths and messages", () => {
    const facts = patch(baseFacts, {
      finance: { revenue: { y1: -5 }, mainRevenue: { y2: 99999 } },
      company: { uscc: "914403001922038217" },
    });
    const a = post({ facts }, { locale: "en" });
    expect(a.status).toBe(400);
    expect(a.body).toEqual({
      error: "invalid_facts",
      issues: [
        {
          path: "company.uscc",
          message: "The unified social credit code's check character is wrong; copy it again from the business licence",
        },
        { path: "finance.revenue.y1", message: "Enter an amount of 0 or more (in 万元)" },
        { path: "finance.mainRevenue.y2", message: "Main business revenue cannot exceed total revenue" },
      ],
    });
  });

  it("answers 400 invalid_facts for a key the schema does not know, at its path", () => {
    const raw = `{"facts": {"finance": {"revenu": {"y1": 100}}, "__proto__": {"polluted": true}}}`;
    const a = post(raw, { locale: "en" });
    expect(a.status).toBe(400);
    expect(a.body).toEqual({
      error: "invalid_facts",
      issues: [
        { path: "finance.revenu", message: "There is no such field: remove it or check its spelling" },
        { path: "__proto__", message: "There is no such field: remove it or check its spelling" },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["{", "invalid_json"],
    ["", "invalid_json"],
    ["NaN", "invalid_json"],
    ["{'facts': {}}", "invalid_json"],
  ])("answers 400 invalid_json for %j", (raw, error) => {
    expect(post(raw)).toEqual({ status: 400, body: { error } });
  });

  it.each([["[]"], ["null"], ["42"], ['"facts"'], ["{}"], ['{"facts": null}'], ['{"facts": []}'], ['{"facts": "x"}']])(
    "answers 400 invalid_request for %s",
    (raw) => {
      const a = post(raw);
      expect(a.status).toBe(400);
      expect(a.body).toMatchObject({ error: "invalid_request", message: expect.any(String) });
    },
  );

  it("answers 413 above 256 KB counted in UTF-8 bytes", () => {
    const wrap = (pad: string) => `{"facts":{"company":{"name":null}},"pad":"${pad}"}`;
    const base = utf8Bytes(wrap(""));
    expect(post(wrap("a".repeat(MAX_BODY_BYTES - base))).status).toBe(200);
    expect(post(wrap("a".repeat(MAX_BODY_BYTES - base + 1)))).toEqual({
      status: 413,
      body: { error: "payload_too_large" },
    });
    // 3 bytes per character: under the limit in characters, over it in bytes.
    expect(post(wrap("中".repeat(Math.ceil(MAX_BODY_BYTES / 3)))).status).toBe(413);
  });

  it("counts UTF-8 bytes like the encoder does", () => {
    for (const s of ["", "abc", "主营业务", "😀x", "\ud800", "é"])
      expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
  });

  it("survives deeply nested JSON", () => {
    const deep = `{"facts":${"[".repeat(50000)}${"]".repeat(50000)}}`;
    expect(post(deep).status).toBe(400);
  });
});
