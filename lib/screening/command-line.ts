import { parseArgs } from "node:util";
import { isRulesetId, RULESET_IDS, type RulesetId } from "@/lib/criteria";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// The arguments of `npm run -s screen` (scripts/screen.ts), apart from the script so that they can
// be tested.

export const SCREEN_USAGE = `Usage: npm run -s screen -- [--ruleset ID] [--lang zh-CN|en] [--json] [--out FILE.xlsx|FILE.csv] FILE
       npm run -s screen -- [--lang zh-CN|en] --template FILE.xlsx

Screens every firm of FILE (.csv in UTF-8, GB18030 or UTF-16, or .xlsx; one row per firm, the
columns of the template), each row on its own: a row with an invalid value is reported with its
row number, column and message, and the other rows are still evaluated.

  --ruleset ID     ${RULESET_IDS.join(" | ")}; default: the rule set the evaluation API would
                   choose for each firm (the one in force, or a 2026 review's)
  --lang L         language of messages and of the written results (zh-CN by default)
  --json           print a JSON array, one object per data row:
                   {"row", "name", "tiers": {"<tier id>": "<verdict>"}, "notMet": [ids],
                    "unknown": [ids], "issues": [{"column", "path", "message"}]}
  --out FILE       also write the results as XLSX (summary, unmet criteria) or CSV
  --template FILE  write the template (XLSX) and exit

Exit status: 0 the file was read (even if rows had issues); 2 bad arguments, or the file
cannot be read (the reason on stderr).`;

export type ScreenArgs =
  | { mode: "help" }
  | { mode: "template"; out: string; lang: Locale }
  | { mode: "screen"; file: string; ruleset?: RulesetId; lang: Locale; json: boolean; out?: string };

export function parseScreenArgs(argv: string[]): { ok: true; args: ScreenArgs } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ruleset: { type: "string" },
        lang: { type: "string", default: "zh-CN" },
        json: { type: "boolean", default: false },
        out: { type: "string" },
        template: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, args: { mode: "help" } };
  const lang = values.lang;
  if (!isLocale(lang)) return { ok: false, message: `--lang must be zh-CN or en, not ${lang}` };
  if (values.template !== undefined) {
    if (!/\.xlsx$/i.test(values.template)) return { ok: false, message: "--template needs a FILE.xlsx" };
    if (positionals.length > 0) return { ok: false, message: "--template takes no other FILE" };
    return { ok: true, args: { mode: "template", out: values.template, lang } };
  }
  if (values.ruleset !== undefined && !isRulesetId(values.ruleset))
    return {
      ok: false,
      message: `unknown rule set ${JSON.stringify(values.ruleset)}; use one of ${RULESET_IDS.join(", ")}`,
    };
  if (values.out !== undefined && !/\.(xlsx|csv)$/i.test(values.out))
    return { ok: false, message: "--out needs a FILE.xlsx or FILE.csv" };
  if (positionals.length !== 1) return { ok: false, message: `expected one FILE, got ${positionals.length}` };
  return {
    ok: true,
    args: { mode: "screen", file: positionals[0]!, ruleset: values.ruleset, lang, json: values.json, out: values.out },
  };
}
