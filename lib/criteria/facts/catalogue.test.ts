import { describe, expect, it } from "vitest";
import { LOCALES } from "../types";
import { UNIT_WORDS } from "../units";
import { factEntries, factLeaves, pathKind } from "./catalogue";
import { columnHeader } from "./display";
import { STEP_IDS } from "./entry";
import { parseFacts } from "./parse";

// The catalogue is complete: every fact has everything each view of it needs, in both languages.

const NUMERIC = new Set(["money", "signedMoney", "count", "percent", "score", "number", "level"]);
// A calendar year is a number without a unit.
const UNITLESS_NUMBERS = new Set(["assessmentYear"]);

describe("fact catalogue", () => {
  it("gives every fact a label and help in both languages, and a question that is not empty", () => {
    for (const [path, entry] of factEntries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        expect(t.label.trim(), `${path} ${locale} label`).not.toBe("");
        expect(t.help.trim(), `${path} ${locale} help`).not.toBe("");
        if (t.question !== undefined) expect(t.question.trim(), `${path} ${locale} question`).not.toBe("");
      }
    }
  });

  it("gives every number a unit, worded in both languages", () => {
    for (const [path, entry] of factEntries) {
      if (!NUMERIC.has(entry.kind) || UNITLESS_NUMBERS.has(path)) continue;
      expect(entry.unit, `${path} unit`).not.toBeNull();
      // A place in a ranking may read as its number alone ("top 3"), so its word may be empty.
      for (const locale of LOCALES) expect(UNIT_WORDS[locale][entry.unit!], `${path} ${locale}`).toBeTypeOf("string");
    }
  });

  it("words every option of a choice in both languages", () => {
    for (const [path, entry] of factEntries) {
      if (!["choice", "choices", "level"].includes(entry.kind)) continue;
      expect(entry.options?.length, path).toBeGreaterThan(0);
      for (const option of entry.options ?? [])
        for (const locale of LOCALES)
          expect(entry.optionText?.[option]?.[locale], `${path}.${option} ${locale}`).toBeTruthy();
    }
  });

  it("gives every answer its own export column in both languages", () => {
    for (const locale of LOCALES) {
      const headers = factLeaves.map((l) => columnHeader(l.path, locale));
      for (const h of headers) expect(h.trim()).not.toBe("");
      expect(new Set(headers).size, locale).toBe(headers.length);
    }
  });

  it("asks every fact on a page of the questionnaire, each page asking something", () => {
    for (const step of STEP_IDS)
      expect(
        factEntries.some(([, e]) => e.step === step),
        step,
      ).toBe(true);
    for (const [path, entry] of factEntries) {
      expect(STEP_IDS, path).toContain(entry.step);
      if (entry.askIf) expect(pathKind(entry.askIf.path), `${path} askIf`).toBe("leaf");
    }
  });

  it("accepts don't know (null) for every answer", () => {
    for (const leaf of factLeaves) {
      const facts = leaf.segments.reduceRight<unknown>((inner, key) => ({ [key]: inner }), null);
      expect(parseFacts(facts, "en"), leaf.path).toMatchObject({ ok: true });
    }
  });
});
