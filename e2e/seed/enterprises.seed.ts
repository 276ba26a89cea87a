// Designated enterprises for the browser tests: the sample data (as a new installation has it) and
// one imported list with a firm the tests look for. Idempotent: a second run changes nothing.
import type { Database } from "../../lib/db/open-database";
import { importEnterprises } from "../../lib/enterprises/import-enterprises";
import { loadSampleOnFirstStart } from "../../lib/enterprises/sample-data";

export const SEEDED_FIRM = {
  name: "示例测试五轴机床有限公司",
  product: "五轴数控机床",
  province: "33",
  city: "宁波市",
  batch: 5,
} as const;

const CSV = `序号,地区,企业名称,所属行业,主导产品,研发投入强度,一类知识产权
1,宁波,${SEEDED_FIRM.name},C3421,${SEEDED_FIRM.product},8.5,20
`;

export default async function seedEnterprises(db: Database): Promise<void> {
  await loadSampleOnFirstStart(db.prisma);
  const summary = await importEnterprises(db.prisma, {
    fileName: "e2e-list.csv",
    bytes: new TextEncoder().encode(CSV),
    batch: SEEDED_FIRM.batch,
    importedBy: "e2e",
  });
  if (summary.errors.length > 0) throw new Error(`enterprises seed: ${JSON.stringify(summary.errors)}`);
}
