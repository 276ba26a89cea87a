import { describe, expect, it } from "vitest";
import { criterionExplanations, criterionLabels, terms } from "@/lib/criteria/labels";
import { GLOSSARY_EN } from "@/lib/criteria/labels/glossary";
import { INPUT_UNIT_WORDS, UNIT_WORDS } from "@/lib/criteria/units";
import { factEntries } from "@/lib/criteria/facts/catalogue";
import en from "./messages/en.json";
import enterprisesEn from "./messages/enterprises.en.json";
import adminEn from "./messages/admin.en.json";
import reportEn from "./messages/report.en.json";
import reportZh from "./messages/report.zh-CN.json";
import insightsEn from "./messages/insights.en.json";
import insightsZh from "./messages/insights.zh-CN.json";
import screeningEn from "./messages/screening.en.json";
import screeningZh from "./messages/screening.zh-CN.json";
import zh from "./messages/zh-CN.json";

// One glossary for the English names of the tiers and of 万元, and Chinese punctuation in Chinese:
// checked over the site's and the report's catalogues and the engine's words.

function strings(tree: unknown, name = ""): [string, string][] {
  if (typeof tree === "string") return [[name, tree]];
  if (tree && typeof tree === "object")
    return Object.entries(tree).flatMap(([k, v]) => strings(v, name ? `${name}.${k}` : k));
  return [];
}

const english = [
  ...strings(en, "en"),
  ...strings(reportEn, "report.en"),
  ...strings(enterprisesEn, "enterprises.en"),
  ...strings(adminEn, "admin.en"),
  ...strings(screeningEn, "screening.en"),
  ...strings(insightsEn, "insights.en"),
  ...strings(
    factEntries.map(([, e]) => e.text.en),
    "facts",
  ),
  ...strings(criterionLabels.en, "labels"),
  ...strings(criterionExplanations.en, "explanations"),
  ...strings(terms.en, "terms"),
  ...strings(UNIT_WORDS.en, "units"),
  ...strings(INPUT_UNIT_WORDS.en, "inputUnits"),
];
const chinese = [
  ...strings(zh, "zh"),
  ...strings(reportZh, "report.zh"),
  ...strings(screeningZh, "screening.zh"),
  ...strings(insightsZh, "insights.zh"),
  ...strings(criterionLabels["zh-CN"], "labels"),
  ...strings(criterionExplanations["zh-CN"], "explanations"),
  ...strings(terms["zh-CN"], "terms"),
];

/** Other renderings of the same things, found on earlier pages; none may appear in English texts. */
const AVOIDED_EN: readonly RegExp[] = [
  /speciali[sz]ed and sophisticated/i,
  /\bspeciali[sz]ed SMEs?\b/i,
  /10,000 yuan/i,
  /万元 \((?!RMB 10,000\))/,
  /ten thousand yuan/i,
  /\blittle giants?\b/,
];
const avoided = (text: string) => AVOIDED_EN.filter((r) => r.test(text)).map(String);

const CJK = /[\u3400-\u9fff]/;
/** Latin brackets, semicolons, colons and commas in a Chinese sentence (URLs and placeholders aside). */
function latinPunctuation(text: string): string[] {
  // A character quoted on its own (“;”) is named, not used: the screening template lists the separators.
  const bare = text
    .replace(/https?:\/\/\S+/g, "")
    .replace(/\{[^{}]*\}/g, "")
    .replace(/“[^”]”/g, "");
  if (!CJK.test(bare)) return [];
  return [...bare.matchAll(/[();]|[\u3400-\u9fff]\s*[:,]|[:,]\s*[\u3400-\u9fff]/g)].map((m) => m[0]);
}

describe("English terms", () => {
  it("name the tiers with the glossary's words", () => {
    expect(terms.en.tiers).toEqual({
      "innovative-sme": GLOSSARY_EN.innovativeSme,
      "specialized-sme": GLOSSARY_EN.srdiSmeFull,
      "little-giant": GLOSSARY_EN.littleGiantFull,
    });
    expect(terms.en.tiersByRuleset["miit-2026"]?.["innovative-sme"]).toBe(GLOSSARY_EN.techInnovativeSme);
    expect(INPUT_UNIT_WORDS.en.万元).toBe(GLOSSARY_EN.wanYuanExplained);
    expect(en.home.tiers.specialized.name).toBe(`Provincial ${GLOSSARY_EN.srdiSme}`);
    expect(en.home.tiers.littleGiant.name).toContain(GLOSSARY_EN.littleGiant);
    expect(en.steps.finance.intro).toContain(GLOSSARY_EN.wanYuanExplained);
  });

  it("catch the renderings that earlier pages used", () => {
    for (const old of [
      "provincial specialised and sophisticated SME",
      "Provincial specialized SME title",
      "12 万元 (10,000 yuan)",
      "万元 (ten thousand yuan)",
      "the little giant tier",
    ])
      expect(avoided(old), old).not.toEqual([]);
    for (const ok of [GLOSSARY_EN.srdiSmeFull, GLOSSARY_EN.littleGiantFull, GLOSSARY_EN.wanYuanExplained, "SRDI SMEs"])
      expect(avoided(ok), ok).toEqual([]);
  });

  it("never use another rendering of a tier's name or of 万元", () => {
    const found = english.flatMap(([name, text]) => avoided(text).map((r) => `${name}: ${r}`));
    expect(found).toEqual([]);
  });
});

describe("Chinese text", () => {
  it("detects Latin punctuation in a Chinese sentence", () => {
    expect(latinPunctuation("营业收入 (万元)")).toEqual(["(", ")"]);
    expect(latinPunctuation("要求: 不低于 3%")).toEqual(["求:"]);
    expect(latinPunctuation("见 https://zjtx.miit.gov.cn（官方）")).toEqual([]);
  });

  it("uses full-width brackets, colons and semicolons", () => {
    const found = chinese.flatMap(([name, text]) => latinPunctuation(text).map((p) => `${name}: ${p}`));
    expect(found).toEqual([]);
  });
});
