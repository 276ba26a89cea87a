import { PROVINCES } from "@/lib/criteria";
import type { Leaf } from "@/lib/criteria/facts/catalogue";
import type { FactEntry } from "@/lib/criteria/facts/entry";
import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { UNIT_WORDS } from "@/lib/criteria/units";

// One cell of a screening file → the answer it gives, as the facts schema expects it (a number, a
// flag, an option's value, a list, text), or why it cannot be read. An empty cell and "不知道"
// are "don't know" (null). Ranges, formats and cross-checks are left to the facts schema, so a
// screened row is validated exactly as POST /api/v1/evaluations validates facts.

export type CellProblem = "yes_no" | "number" | "option" | "options";
export type CellValue = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();

const UNKNOWN = new Set([
  "不知道",
  "未知",
  "不详",
  "unknown",
  "don't know",
  "don’t know",
  "dont know",
  ...Object.values(ANSWER_WORDS).map((w) => norm(w.unknown)),
]);
const YES = new Set(["是", "true", "1", "y", "yes", "对"]);
const NO = new Set(["否", "false", "0", "n", "no", "不是"]);
const NONE = new Set([
  "无",
  "没有",
  "none",
  ...Object.values(ANSWER_WORDS).flatMap((w) => [norm(w.none), norm(w.noneOfThese)]),
]);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/;
/** Lists are separated by 、 or ; or , (full-width forms read as these after NFKC). */
const LIST_SEPARATOR = /[、;,\n]+/;

function readNumber(text: string, entry: FactEntry): number | null {
  let t = text.replace(/[,\s_]/g, "");
  const units = entry.unit ? [UNIT_WORDS["zh-CN"][entry.unit], UNIT_WORDS.en[entry.unit], entry.unit] : [];
  for (const unit of units) if (unit && t.endsWith(norm(unit))) t = t.slice(0, -norm(unit).length);
  if (entry.unit === "%" && t.endsWith("%")) t = t.slice(0, -1);
  return NUMBER.test(t) ? Number(t) : null;
}

/** An option by its value, or by its words in either language. */
function readOption(text: string, entry: FactEntry): string | null {
  for (const option of entry.options ?? []) {
    const words = entry.optionText?.[option];
    if (norm(option) === text || (words && (norm(words["zh-CN"]) === text || norm(words.en) === text))) return option;
  }
  return null;
}

const PROVINCE_SUFFIX = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;
const provinceByName = new Map<string, string>();
for (const [code, names] of Object.entries(PROVINCES)) {
  for (const name of [names["zh-CN"], names.en, names["zh-CN"].replace(PROVINCE_SUFFIX, "")])
    provinceByName.set(norm(name), code);
}
provinceByName.set("内蒙古", "15");
provinceByName.set("广西", "45");
provinceByName.set("西藏", "54");
provinceByName.set("宁夏", "64");
provinceByName.set("新疆", "65");

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

export function readCell(leaf: Leaf, raw: string): CellValue {
  const text = norm(raw);
  if (text === "" || UNKNOWN.has(text)) return { ok: true, value: null };
  const { entry } = leaf;
  const ok = (value: unknown): CellValue => ({ ok: true, value });
  switch (entry.kind) {
    case "flag":
      return YES.has(text) ? ok(true) : NO.has(text) ? ok(false) : { ok: false, problem: "yes_no" };
    case "choice": {
      const option = readOption(text, entry);
      return option === null ? { ok: false, problem: "option" } : ok(option);
    }
    case "choices": {
      if (NONE.has(text)) return ok([]);
      const items = text
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter(Boolean);
      const options = items.map((item) => readOption(item, entry));
      return options.some((o) => o === null) ? { ok: false, problem: "options" } : ok(options);
    }
    case "level": {
      const option = readOption(text, entry);
      if (option !== null) return ok(Number(option));
      const n = readNumber(text, entry);
      return n === null ? { ok: false, problem: "number" } : ok(n);
    }
    case "money":
    case "signedMoney":
    case "count":
    case "percent":
    case "score":
    case "number": {
      const n = readNumber(text, entry);
      return n === null ? { ok: false, problem: "number" } : ok(n);
    }
    case "province": {
      const code = /^\d{2}$/.test(text) ? text : /^\d{6}$/.test(text) ? text.slice(0, 2) : provinceByName.get(text);
      return ok(code ?? raw.trim());
    }
    case "industry":
      return ok(/^[a-t]\d{2,4}\b/.exec(text)?.[0].toUpperCase() ?? raw.trim());
    case "date": {
      const m = DATE.exec(text);
      return ok(m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : raw.trim());
    }
    case "uscc":
      return ok(raw.normalize("NFKC").replace(/\s+/g, "").toUpperCase());
    case "text":
      return ok(raw.trim());
  }
}
