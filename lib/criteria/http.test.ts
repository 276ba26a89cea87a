import { describe, expect, it } from "vitest";
import { baseFacts } from "./cases/base";
import { patch } from "./cases/types";
import { evaluate } from "./evaluate";
import { evaluateRequest, jsonTooDeep, MAX_BODY_BYTES, utf8Bytes } from "./http";

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

describe("JSON depth", () => {
  const open = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

  it("answers 400 invalid_json (too_deep) to a body nested deeper than 32, before parsing it", () => {
    for (const body of [
      `{"facts":{"company":{"name":${"[".repeat(5000)}${"]".repeat(5000)}}}}`,
      `{"facts":${open(40)}}`,
      `{"facts":{},"ruleset":${open(40_000)}}`,
    ]) {
      expect(post(body)).toEqual({ status: 400, body: { error: "invalid_json", reason: "too_deep" } });
    }
  });

  it("lets a body of ordinary depth through to the facts, whatever its strings hold", () => {
    expect(post({ facts: { company: { name: "[[[[{{{{".repeat(40) } } }).status).toBe(400); // too long, not too deep
    expect(post({ facts: { company: { name: "[{" } } }).status).toBe(200);
    expect(jsonTooDeep(`${"[".repeat(32)}${"]".repeat(32)}`)).toBe(false);
    expect(jsonTooDeep(`${"[".repeat(33)}${"]".repeat(33)}`)).toBe(true);
    expect(jsonTooDeep(`["\\\\"${"[".repeat(40)}]`)).toBe(true); // an escaped backslash ends before the quote
    expect(jsonTooDeep(`["\\\\\\"${"[".repeat(40)}"]`)).toBe(false); // an escaped quote does not end the string
  });
});

describe("text no database or spreadsheet can hold", () => {
  it("is refused at input with the fact's path and a message in the reader's language", () => {
    for (const bad of ["a\u0000b", "a\uD800b", "a\uDC00", "a\uFFFEb", "a\uFFFF", "a\u0001b", "a\u001Fb", "a\u000Bb"]) {
      for (const locale of ["zh-CN", "en"] as const) {
        const answer = post({ facts: { company: { name: bad } }, locale });
        expect(answer.status, JSON.stringify(bad)).toBe(400);
        expect(answer.body).toEqual({
          error: "invalid_facts",
          issues: [
            {
              path: "company.name",
              message:
                locale === "en"
                  ? "This text contains a character that cannot be stored (such as a control character); remove it"
                  : "内容含有无法保存的字符（如控制字符），请删除后重新输入",
            },
          ],
        });
      }
    }
  });

  it("accepts tabs, line breaks, emoji (a whole surrogate pair) and rare CJK", () => {
    expect(post({ facts: { company: { name: "示例\t公司\n😀𠀀" } } }).status).toBe(200);
  });
});
