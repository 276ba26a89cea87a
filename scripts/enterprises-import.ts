// CLI: imports an official list of designated enterprises (CSV in UTF-8/GBK/GB18030, or XLSX),
// all or nothing. `npm run -s enterprises:import -- [--batch N] [--year YYYY] [--by NAME] [--lang en] FILE`
// The last line on stdout is the JSON summary {"imported", "updated", "errors": [{"line", "message"}]}.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { withDatabase } from "../lib/db/with-database";
import {
  FIRST_BATCH,
  FIRST_DESIGNATION_YEAR,
  isBatch,
  isDesignationYear,
  LAST_BATCH,
  LAST_DESIGNATION_YEAR,
  wholeNumber,
} from "../lib/enterprises/batches";
import { importEnterprises } from "../lib/enterprises/import-enterprises";
import { isLocale } from "../lib/i18n/locales";

const USAGE = `Usage: npm run -s enterprises:import -- [--batch N] [--year YYYY] [--by NAME] [--lang zh-CN|en] FILE

Imports the designated enterprises listed in FILE (.csv or .xlsx). A row is matched to a firm
already held by its credit code, else by name and province, and then updated, not duplicated.
A file with any invalid row imports nothing; every bad row is reported with its line.

  --batch N     the batch (of the batch table) for rows without a batch column
  --year YYYY   year designated, for rows without a year (default: the batch's year)
  --by NAME     who imports, kept with the import record
  --lang L      language of the error messages (zh-CN by default)

Exit status: 0 imported, 1 refused (rows or file), 2 bad arguments or unreadable FILE.`;

function fail(message: string): never {
  process.stderr.write(`enterprises:import: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        batch: { type: "string" },
        year: { type: "string" },
        by: { type: "string" },
        lang: { type: "string", default: "zh-CN" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const batch = values.batch === undefined ? undefined : wholeNumber(values.batch);
  if (batch === null || (batch !== undefined && !isBatch(batch)))
    fail(`--batch must be ${FIRST_BATCH} to ${LAST_BATCH}`);
  const year = values.year === undefined ? undefined : wholeNumber(values.year);
  if (year === null || (year !== undefined && !isDesignationYear(year)))
    fail(`--year must be ${FIRST_DESIGNATION_YEAR} to ${LAST_DESIGNATION_YEAR}`);
  const lang = values.lang;
  if (!isLocale(lang)) fail("--lang must be zh-CN or en");
  if (positionals.length !== 1) fail(`expected one FILE, got ${positionals.length}`);
  return { batch, year, by: values.by, lang, file: positionals[0]! };
}

const args = parseCommandLine(process.argv.slice(2));
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
