// Bulk writes: a whole chunk of firms goes to the database as one JSON parameter, unpacked by
// jsonb_to_recordset. One statement per few thousand rows keeps 20,000 rows within seconds on
// PGlite, and never reaches PostgreSQL's limit of 65,535 bind parameters.
import { randomUUID } from "node:crypto";
import type { EnterpriseDb } from "./db";
import type { EnterpriseInput } from "./types";

const CHUNK = 4000;

const RECORD = `x(id uuid, name text, name_key text, uscc text, province_code varchar(2), city text, batch int, year int,
  industry_code text, main_product text, status text, revenue float8, revenue_growth float8, rd_intensity float8,
  main_business_share float8, class_one_ip int, is_sample boolean, import_id uuid)`;

// Kept in step with where.ts, which lowercases and NFKC-normalises `q` the same way.
const SEARCH_TEXT = (product: string) => `lower(normalize(concat_ws(' ', x.name, ${product}), NFKC))`;

const INSERT = `INSERT INTO designated_enterprise (id, name, name_key, uscc, province_code, city, batch, year, industry_code,
  main_product, search_text, status, revenue, revenue_growth, rd_intensity, main_business_share, class_one_ip, is_sample,
  import_id, created_at, updated_at)
SELECT x.id, x.name, x.name_key, x.uscc, x.province_code, x.city, x.batch, x.year, x.industry_code, x.main_product,
  ${SEARCH_TEXT("x.main_product")},
  COALESCE(x.status, 'active')::"EnterpriseStatus", x.revenue, x.revenue_growth, x.rd_intensity, x.main_business_share,
  x.class_one_ip, x.is_sample, x.import_id, now(), now()
FROM jsonb_to_recordset($1::jsonb) AS ${RECORD}`;

// A list that leaves a column out (no metrics, no status) keeps what an earlier import said.
const UPDATE = `UPDATE designated_enterprise d SET name = x.name, name_key = x.name_key, uscc = COALESCE(x.uscc, d.uscc),
  province_code = x.province_code, city = COALESCE(x.city, d.city), batch = x.batch, year = x.year,
  industry_code = COALESCE(x.industry_code, d.industry_code), main_product = COALESCE(x.main_product, d.main_product),
  search_text = ${SEARCH_TEXT("COALESCE(x.main_product, d.main_product)")},
  status = COALESCE(x.status::"EnterpriseStatus", d.status), revenue = COALESCE(x.revenue, d.revenue),
  revenue_growth = COALESCE(x.revenue_growth, d.revenue_growth), rd_intensity = COALESCE(x.rd_intensity, d.rd_intensity),
  main_business_share = COALESCE(x.main_business_share, d.main_business_share),
  class_one_ip = COALESCE(x.class_one_ip, d.class_one_ip), is_sample = x.is_sample, import_id = x.import_id, updated_at = now()
FROM jsonb_to_recordset($1::jsonb) AS ${RECORD}
WHERE d.id = x.id`;

const record = (row: EnterpriseInput, id: string, importId: string, isSample: boolean) => ({
  id,
  name: row.name,
  name_key: row.nameKey,
  uscc: row.uscc,
  province_code: row.provinceCode,
  city: row.city,
  batch: row.batch,
  year: row.year,
  industry_code: row.industryCode,
  main_product: row.mainProduct,
  status: row.status,
  revenue: row.revenue,
  revenue_growth: row.revenueGrowth,
  rd_intensity: row.rdIntensity,
  main_business_share: row.mainBusinessShare,
  class_one_ip: row.classOneIp,
  is_sample: isSample,
  import_id: importId,
});

async function inChunks<T>(items: readonly T[], run: (chunk: readonly T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += CHUNK) await run(items.slice(i, i + CHUNK));
}

export async function insertEnterprises(
  db: EnterpriseDb,
  rows: readonly EnterpriseInput[],
  importId: string,
  isSample = false,
) {
  await inChunks(rows, (chunk) =>
    db.$executeRawUnsafe(INSERT, JSON.stringify(chunk.map((r) => record(r, randomUUID(), importId, isSample)))),
  );
}

export async function updateEnterprises(
  db: EnterpriseDb,
  rows: readonly { id: string; row: EnterpriseInput }[],
  importId: string,
) {
  await inChunks(rows, (chunk) =>
    db.$executeRawUnsafe(UPDATE, JSON.stringify(chunk.map(({ id, row }) => record(row, id, importId, false)))),
  );
}
