// CLI: imports an official list of designated enterprises (CSV in UTF-8/GBK/GB18030, or XLSX),
// all or nothing. `npm run -s enterprises:import -- [--batch N] [--year YYYY] [--by NAME] [--lang en] FILE`
// The last line on stdout is the JSON summary
// {"imported", "updated", "errors": [{"line", "message"}], "errorCount"}.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { withDatabase } from "../lib/db/with-database";
import { parseImportArgs } from "../lib/enterprises/import/command-line";
import { MAX_ROWS } from "../lib/enterprises/import/limits";
import { importEnterprises } from "../lib/enterprises/import-enterprises";

const USAGE = `Usage: npm run -s enterprises:import -- [--batch N] [--year YYYY] [--by NAME] [--lang zh-CN|en] FILE

Imports the designated enterprises listed in FILE (.csv or .xlsx). A row is matched to a firm
already held by its credit code, else by name and province, and then updated, not duplicated.
A file with any invalid row imports nothing; every bad row is reported with its line (the first
1,000 of them; "errorCount" counts them all). At most ${MAX_ROWS.toLocaleString("en")} rows.

  --batch N     the batch (of the batch table) for rows without a batch column
  --year YYYY   year designated, for rows without a year (default: the batch's year; with
                --batch, it must be that batch's year)
  --by NAME     who imports, kept with the import record
  --lang L      language of the error messages (zh-CN by default)

Exit status: 0 imported, 1 refused (rows or file), 2 bad arguments or unreadable FILE.`;

function fail(message: string): never {
  process.stderr.write(`enterprises:import: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseCommandLine(argv: string[]) {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) fail(parsed.message);
  if (parsed.args.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return parsed.args;
}

const args = parseCommandLine(process.argv.slice(2));
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) =>
  fail(`cannot read ${file} (${e.code ?? "error"})`),
);

const result = await withDatabase((db) =>
  importEnterprises(db.prisma, {
    fileName: path.basename(file),
    bytes: new Uint8Array(bytes),
    batch: args.batch,
    year: args.year,
    importedBy: args.by ?? "cli",
    locale: args.lang,
    from: "cli",
  }),
);
const summary = {
  imported: result.imported,
  updated: result.updated,
  errors: result.errors,
  errorCount: result.errorCount,
};
for (const e of summary.errors)
  process.stderr.write(`${e.line === 0 ? path.basename(file) : `line ${e.line}`}: ${e.message}\n`);
if (summary.errorCount > summary.errors.length)
  process.stderr.write(`… and ${summary.errorCount - summary.errors.length} more problems\n`);
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(summary.errorCount > 0 ? 1 : 0);
