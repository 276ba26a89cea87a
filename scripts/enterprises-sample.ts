// CLI: the sample designated enterprises of a new installation (names say 示例).
// `npm run -s enterprises:sample` loads them (again); `-- --remove` removes every sample firm.
import { withDatabase } from "../lib/db/with-database";
import { countSampleEnterprises, loadSampleEnterprises, removeSampleEnterprises } from "../lib/enterprises/sample-data";
import { commandLine } from "./command-line";

const { values } = commandLine("Usage: npm run -s enterprises:sample [-- --remove]", { remove: { type: "boolean" } });

const result = await withDatabase(async (db) => {
  if (values.remove) return removeSampleEnterprises(db.prisma);
  // Loading twice would clash on the names: replace what is there.
  const held = await countSampleEnterprises(db.prisma);
  if (held > 0) await removeSampleEnterprises(db.prisma);
  return loadSampleEnterprises(db.prisma);
});
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
