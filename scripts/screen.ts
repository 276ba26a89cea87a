// CLI: screens a file of firms, each row on its own, as /admin/screening does, without any database.
// `npm run -s screen -- [--ruleset ID] [--lang en] [--json] [--out FILE.xlsx|FILE.csv] FILE`, or
// `npm run -s screen -- --template FILE.xlsx`. See lib/screening/command-line.ts for the usage.
import { createWriteStream } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import { rulesetInForce, type TierId } from "../lib/criteria/index";
import { tierTitle } from "../lib/criteria/labels";
import { chinaToday } from "../lib/criteria/today";
import { FileProblem } from "../lib/enterprises/import/read-table";
import { parseScreenArgs, SCREEN_USAGE } from "../lib/screening/command-line";
import { jsonRow, type JsonRow } from "../lib/screening/json-row";
import { resultWords } from "../lib/screening/result-columns";
import { fileProblemMessage, isStart, screenFile, type ScreenedRow } from "../lib/screening/screen-file";
import { templateWorkbook } from "../lib/screening/template";
import { screeningText } from "../lib/screening/words";
import { resultsCsv, resultsXlsx } from "../lib/screening/write-results";

function fail(message: string): never {
  process.stderr.write(`screen: ${message}\n`);
  process.exit(2);
}

const parsed = parseScreenArgs(process.argv.slice(2));
if (!parsed.ok) fail(`${parsed.message}\n\n${SCREEN_USAGE}`);
const parsedArgs = parsed.args;
const where = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

if (parsedArgs.mode === "help") {
  process.stdout.write(`${SCREEN_USAGE}\n`);
  process.exit(0);
}
if (parsedArgs.mode === "template") {
  const target = where(parsedArgs.out);
  await writeFile(target, await templateWorkbook(parsedArgs.lang)).catch((e: NodeJS.ErrnoException) =>
    fail(`cannot write ${target} (${e.code ?? "error"})`),
  );
  process.stderr.write(`wrote ${target}\n`);
  process.exit(0);
}
const args = parsedArgs;

const file = where(args.file);
const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) =>
  fail(`cannot read ${file} (${e.code ?? "error"})`),
);
const today = chinaToday();
const { lang } = args;
const out: JsonRow[] = [];
let headings: string[] = [];

/** The rows as screened, each also kept for the JSON answer or printed as a line. */
async function* rows(): AsyncGenerator<ScreenedRow> {
  for await (const item of screenFile({
    fileName: path.basename(file),
    bytes,
    ruleset: args.ruleset,
    locale: lang,
    today,
  })) {
    if (isStart(item)) {
      headings = item.headings;
      for (const note of item.notes) process.stderr.write(`${note}\n`);
      continue;
    }
    const json = jsonRow(item);
    if (args.json) out.push(json);
    else {
      // In the reader's words, as the results page says it ("专精特新中小企业：尚无法确定").
      const ruleset = item.result?.ruleset;
      const verdicts = Object.entries(json.tiers).map(
        ([tier, verdict]) =>
          `${ruleset ? tierTitle(lang, ruleset, tier as TierId) : tier}${lang === "en" ? ": " : "："}${screeningText(lang, `verdicts.${verdict}`)}`,
      );
      const problems = json.issues.map((i) => `${i.column}: ${i.message}`);
      process.stdout.write(
        `${json.row}\t${json.name ?? ""}\t${[...verdicts, ...problems].join(lang === "en" ? "; " : "；")}\n`,
      );
    }
    yield item;
  }
}

async function writeOut(target: string, source: AsyncGenerator<ScreenedRow>) {
  // The header comes with the first row: the result's columns are known once it is screened.
  const first = await source.next();
  const words = resultWords(lang, args.ruleset ?? rulesetInForce(today).id, headings, today);
  const all = async function* () {
    if (!first.done) yield first.value;
    yield* source;
  };
  const stream = createWriteStream(target);
  try {
    if (/\.csv$/i.test(target)) for await (const chunk of resultsCsv(all(), words)) stream.write(chunk);
    else await resultsXlsx(all(), words, lang, stream);
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    await rm(target, { force: true });
    throw error;
  }
}

try {
  const source = rows();
  if (args.out) await writeOut(where(args.out), source);
  else while (!(await source.next()).done);
} catch (error) {
  if (error instanceof FileProblem) fail(fileProblemMessage(error, lang));
  throw error;
}
if (args.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
