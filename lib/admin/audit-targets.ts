import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/ids";

/** What an audit entry was done to, as a reader knows it: never a bare id. */
export type AuditTarget =
  | { kind: "assessment"; id: string; reference: string; companyName: string | null }
  | { kind: "user"; id: string; email: string }
  | { kind: "import"; id: string | null; fileName: string }
  | { kind: "screening"; id: string; fileName: string; exists: boolean }
  | { kind: "round"; id: string; name: string };

type Entry = { targetType: string; targetId: string | null; before: unknown; after: unknown };
type TargetDb = Pick<PrismaClient, "assessment" | "adminUser" | "enterpriseImport" | "screening" | "reviewRound">;

const fileNameIn = (value: unknown): string | undefined => {
  const name = (value as { fileName?: unknown } | null)?.fileName;
  return typeof name === "string" ? name : undefined;
};

/** The key of an entry's target in `auditTargets`' answer. */
export const targetKey = (entry: Pick<Entry, "targetType" | "targetId">) =>
  `${entry.targetType}:${entry.targetId ?? ""}`;

/**
 * The targets of a page of audit entries, looked up in one query per kind: an assessment by its
 * reference and company, a user (or a sign-in's user) by e-mail, an import or a screening by its
 * file name (a deleted screening's from the entry itself). Exports have none: the entry says
 * what was exported.
 */
export async function auditTargets(db: TargetDb, entries: readonly Entry[]): Promise<Map<string, AuditTarget>> {
  const ids = (...types: string[]) => [
    ...new Set(
      entries.filter((e) => types.includes(e.targetType) && isUuid(e.targetId)).map((e) => e.targetId as string),
    ),
  ];
  const [assessments, users, imports, screenings, rounds] = await Promise.all([
    db.assessment.findMany({
      where: { id: { in: ids("assessment") } },
      select: { id: true, reference: true, companyName: true },
    }),
    db.adminUser.findMany({ where: { id: { in: ids("user", "session") } }, select: { id: true, email: true } }),
    db.enterpriseImport.findMany({ where: { id: { in: ids("import") } }, select: { id: true, fileName: true } }),
    db.screening.findMany({ where: { id: { in: ids("screening") } }, select: { id: true, fileName: true } }),
    db.reviewRound.findMany({ where: { id: { in: ids("round") } }, select: { id: true, name: true } }),
  ]);
  const out = new Map<string, AuditTarget>();
  for (const a of assessments)
    out.set(`assessment:${a.id}`, { kind: "assessment", id: a.id, reference: a.reference, companyName: a.companyName });
  for (const u of users) {
    out.set(`user:${u.id}`, { kind: "user", id: u.id, email: u.email });
    out.set(`session:${u.id}`, { kind: "user", id: u.id, email: u.email });
  }
  for (const i of imports) out.set(`import:${i.id}`, { kind: "import", id: i.id, fileName: i.fileName });
  for (const s of screenings)
    out.set(`screening:${s.id}`, { kind: "screening", id: s.id, fileName: s.fileName, exists: true });
  for (const r of rounds) out.set(`round:${r.id}`, { kind: "round", id: r.id, name: r.name });
  for (const e of entries) {
    const key = targetKey(e);
    if (out.has(key)) continue;
    const fileName = fileNameIn(e.after) ?? fileNameIn(e.before);
    // A refused import stores no row; a deleted screening is gone: the entry names the file.
    if (e.targetType === "import" && fileName) out.set(key, { kind: "import", id: null, fileName });
    if (e.targetType === "screening" && fileName && e.targetId)
      out.set(key, { kind: "screening", id: e.targetId, fileName, exists: false });
  }
  return out;
}
