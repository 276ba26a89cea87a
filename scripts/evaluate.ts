// CLI: evaluates a facts file exactly as POST /api/v1/evaluations does, without any database.
// Run as `npm run -s evaluate -- [--ruleset ID] [--lang zh-CN|en] FILE.json`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { evaluate, isRulesetId, parseFacts, RULESET_IDS, type Locale, type RulesetId } from "../lib/criteria/index";
import { isLocale } from "../lib/i18n/locales";

const USAGE = `Usage: npm run -s evaluate -- [--ruleset ID] [--lang zh-CN|en] FILE.json

Evaluates the facts in FILE.json and prints, on stdout, the JSON that
POST /api/v1/evaluations answers with status 200. FILE.json holds either the facts
object itself or a request body {"ruleset"?: ID, "facts": {...}}; a relative FILE
is read from the directory npm was started in.

Options:
  --ruleset ID   ${RULESET_IDS.join(" | ")}; default: the file's "ruleset",
                 else the rule set in force today (China time)
  --lang L       zh-CN (default) or en: language of labels, gaps and issues
  -h, --help     show this text

Exit status:
  0  evaluated
  1  FILE does not exist or cannot be read
  2  bad arguments, unknown rule set, FILE is not JSON, or invalid facts
     (each issue is printed on stderr as "path: message")
`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

interface Args {
  ruleset?: string;
  lang: Locale;
  file: string;
}

function commandLine(argv: string[]): Args | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ruleset: { type: "string" },
        lang: { type: "string", default: "zh-CN" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (!isLocale(values.lang)) throw new CliError(`--lang must be zh-CN or en, not ${values.lang}`, 2);
  if (values.ruleset === "") throw new CliError(`--ruleset needs a value\n\n${USAGE}`, 2);
  if (positionals.length !== 1) throw new CliError(`expected one FILE.json, got ${positionals.length}\n\n${USAGE}`, 2);
  return { ruleset: values.ruleset, lang: values.lang, file: positionals[0]! };
}

function readJson(file: string): unknown {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    throw new CliError(`cannot read ${path} (${code})`, 1);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(`${path} is not valid JSON: ${(e as Error).message}`, 2);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function run(argv: string[]): string {
  const args = commandLine(argv);
  if (args === "help") return USAGE;
  const content = readJson(args.file);
  const envelope = isObject(content) && "facts" in content;
  const facts = envelope ? content.facts : content;
  const ruleset = args.ruleset ?? (envelope && content.ruleset != null ? content.ruleset : undefined);
  if (ruleset !== undefined && !isRulesetId(ruleset)) {
    throw new CliError(`unknown rule set ${JSON.stringify(ruleset)}; use one of ${RULESET_IDS.join(", ")}`, 2);
  }
  const parsed = parseFacts(facts, args.lang);
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `  ${i.path || "(facts)"}: ${i.message}`);
    throw new CliError(`invalid facts in ${args.file}:\n${lines.join("\n")}`, 2);
  }
  const result = evaluate(parsed.facts, { ruleset: ruleset as RulesetId | undefined, locale: args.lang });
  return `${JSON.stringify(result, null, 2)}\n`;
}

// A closed pipe (`… | head`) is not an error of ours.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

try {
  process.stdout.write(run(process.argv.slice(2)));
} catch (e) {
  if (!(e instanceof CliError)) throw e;
  process.stderr.write(`evaluate: ${e.message}\n`);
  process.exitCode = e.code;
}
