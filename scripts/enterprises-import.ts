// CLI: imports an official list of designated enterprises (CSV in UTF-8/GBK/GB18030, or XLSX),
// all or nothing. `npm run -s enterprises:import -- [--batch N] [--year YYYY] [--by NAME] [--lang en] FILE`
// The last line on stdout is the JSON summary {"imported", "updated", "errors": [{"line", "message"}]}.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { withDatabase } from "../lib/db/with-database";
import { importEnterprises } from "../lib/enterprises/import-enterprises";

const USAGE = `Usage: npm run -s enterprises:import -- [--batch N] [--year YYYY] [--by NAME] [--lang zh-CN|en] FILE

Imports the designated enterprises listed in FILE (.csv or .xlsx). A row is matched to a firm
already held by its credit code, else by name and province, and then updated, not duplicated.
A file with any invalid row imports nothing; every bad row is reported with its line.

  --batch N     batch 1-8 for rows without a batch column
  --year YYYY   year designated, for rows without a year (default: the batch's year)
  --by NAME     who imports, kept with the import record
  --lang L      language of the error messages (zh-CN by default)

Exit status: 0 imported, 1 refused (rows or file), 2 bad arguments or unreadable FILE.`;

function fail(message: string): never {
  process.stderr.write(`enterprises:import: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const options: { batch?: number; year?: number; by?: string; lang: "zh-CN" | "en"; files: string[] } = {
    lang: "zh-CN",
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === "--batch") {
      options.batch = Number(value());
      if (!Number.isInteger(options.batch) || options.batch < 1 || options.batch > 8) fail("--batch must be 1 to 8");
    } else if (arg === "--year") {
      options.year = Number(value());
      if (!Number.isInteger(options.year) || options.year < 2019 || options.year > 2100)
        fail("--year must be a year from 2019");
    } else if (arg === "--by") options.by = value();
    else if (arg === "--lang") {
      const lang = value();
      if (lang !== "zh-CN" && lang !== "en") fail("--lang must be zh-CN or en");
      options.lang = lang;
    } else if (arg.startsWith("-")) fail(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length !== 1) fail(`expected one FILE, got ${options.files.length}`);
  return { ...options, file: options.files[0]! };
}

const args = parseArgs(process.argv.slice(2));
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) =>
  fail(`cannot read ${file} (${e.code ?? "error"})`),
);

const summary = await withDatabase((db) =>
  importEnterprises(db.prisma, {
    fileName: path.basename(file),
    bytes: new Uint8Array(bytes),
    batch: args.batch,
    year: args.year,
    importedBy: args.by ?? "cli",
    locale: args.lang,
  }),
);
for (const e of summary.errors)
  process.stderr.write(`${e.line === 0 ? path.basename(file) : `line ${e.line}`}: ${e.message}\n`);
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(summary.errors.length > 0 ? 1 : 0);
