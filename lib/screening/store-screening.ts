import "server-only";
import type { Actor } from "@/lib/admin/record-audit";
import { recordAudit } from "@/lib/admin/record-audit";
import type { Locale, RulesetId } from "@/lib/criteria";
import type { Prisma } from "@/lib/db/generated/client";
import { FileProblem } from "@/lib/enterprises/import/read-table";
import type { ScreeningDb } from "./db";
import type { ReadLimits } from "./read-rows";
import { fileProblemMessage, isStart, screenFile, type ScreenedRow } from "./screen-file";

// Screens an uploaded file and keeps it: the screening record, then its rows in batches as they
// are screened (memory holds one batch). A file that turns out unreadable midway (too many rows,
// a line in another encoding) is removed whole and its reason returned. Recorded in the audit log.

const BATCH = 500;

export type StoreRequest = {
  fileName: string;
  bytes: Uint8Array;
  ruleset?: RulesetId;
  locale: Locale;
  today: string;
  limits?: ReadLimits;
};

export type Stored =
  | { ok: true; id: string; rowCount: number; evaluated: number; withIssues: number }
  | { ok: false; code: string; params: Record<string, string | number>; message: string };

/** Facts without their "don't know" answers (null and absent are the same to the engine). */
function compact(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (c !== null && !(typeof c === "object" && !Array.isArray(c) && Object.keys(c as object).length === 0))
      out[k] = c;
  }
  return out;
}

const json = (v: unknown) => v as Prisma.InputJsonValue;

function rowData(id: string, r: ScreenedRow): Prisma.ScreeningRowCreateManyInput {
  return {
    screeningId: id,
    row: r.row,
    line: r.line,
    name: r.name,
    cells: json(r.cells),
    facts: r.facts ? json(compact(r.facts)) : undefined,
    issues: json(r.issues),
    result: r.result ? json(r.result) : undefined,
  };
}

export async function storeScreening(db: ScreeningDb, actor: Actor, request: StoreRequest): Promise<Stored> {
  const { id } = await db.screening.create({
    data: {
      fileName: request.fileName.slice(0, 255),
      createdBy: actor.email,
      createdById: actor.userId,
      rulesetId: request.ruleset ?? null,
      rowCount: 0,
      evaluated: 0,
      withIssues: 0,
    },
    select: { id: true },
  });
  const counts = { rowCount: 0, evaluated: 0, withIssues: 0 };
  let batch: Prisma.ScreeningRowCreateManyInput[] = [];
  try {
    for await (const item of screenFile(request)) {
      if (isStart(item)) {
        await db.screening.update({ where: { id }, data: { headers: item.headings, notes: item.notes } });
        continue;
      }
      counts.rowCount++;
      if (item.result) counts.evaluated++;
      else counts.withIssues++;
      batch.push(rowData(id, item));
      if (batch.length >= BATCH) {
        await db.screeningRow.createMany({ data: batch });
        batch = [];
      }
    }
    if (batch.length > 0) await db.screeningRow.createMany({ data: batch });
    await db.screening.update({ where: { id }, data: counts });
  } catch (error) {
    await db.screening.delete({ where: { id } });
    if (error instanceof FileProblem)
      return { ok: false, code: error.code, params: error.params, message: fileProblemMessage(error, request.locale) };
    throw error;
  }
  await recordAudit(db, actor, {
    action: "screening.create",
    targetType: "screening",
    targetId: id,
    after: { fileName: request.fileName, ruleset: request.ruleset ?? null, ...counts },
  });
  return { ok: true, id, ...counts };
}
