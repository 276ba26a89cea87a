// Loads and removes the sample firms. Shared by the server start (lib/db/startup.ts) and the CLI
// (scripts/enterprises-sample.ts), so it has no "server-only" marker.
import type { EnterpriseDb } from "./db";
import { generateSampleEnterprises } from "./sample-generator";
import { insertEnterprises } from "./write-rows";

export const SAMPLE_FILE_NAME = "sample-data";

export async function loadSampleEnterprises(db: EnterpriseDb): Promise<{ loaded: number }> {
  const rows = generateSampleEnterprises();
  const { id } = await db.enterpriseImport.create({
    data: { kind: "sample", fileName: SAMPLE_FILE_NAME, rowCount: rows.length, imported: rows.length, updated: 0 },
    select: { id: true },
  });
  await insertEnterprises(db, rows, id, true);
  return { loaded: rows.length };
}

/**
 * On a new installation only: when no firm is held and samples were never loaded. Once removed,
 * they stay removed (the sample import record remains as the memory of it).
 */
export async function loadSampleOnFirstStart(db: EnterpriseDb): Promise<{ loaded: number }> {
  const [firms, sampleImports] = await Promise.all([
    db.designatedEnterprise.count(),
    db.enterpriseImport.count({ where: { kind: "sample" } }),
  ]);
  return firms === 0 && sampleImports === 0 ? loadSampleEnterprises(db) : { loaded: 0 };
}

export async function removeSampleEnterprises(db: EnterpriseDb): Promise<{ removed: number }> {
  const { count } = await db.designatedEnterprise.deleteMany({ where: { isSample: true } });
  return { removed: count };
}

export async function countSampleEnterprises(db: EnterpriseDb): Promise<number> {
  return db.designatedEnterprise.count({ where: { isSample: true } });
}
