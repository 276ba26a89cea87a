// The command-line scripts' arguments, read by node:util's parseArgs: an unknown option, a missing
// value or a wrong count of positionals prints the usage and exits 2.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function commandLine<O extends NonNullable<ParseArgsConfig["options"]>>(
  usage: string,
  options: O,
  positionals: { min: number; max: number } = { min: 0, max: 0 },
) {
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: positionals.max > 0 });
    if (parsed.positionals.length < positionals.min || parsed.positionals.length > positionals.max)
      throw new Error(
        `expected ${positionals.min === positionals.max ? positionals.min : `${positionals.min} to ${positionals.max}`} argument(s)`,
      );
    return parsed;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}
