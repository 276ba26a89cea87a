import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { escapeLike } from "@/lib/db/like";
import { isUuid } from "@/lib/ids";
import { queryValue, type PageQuery } from "@/lib/http/query";
import { auditTargets, targetKey } from "./audit-targets";

export const AUDIT_PAGE = 50;

export type AuditFilters = { actor?: string; action?: string; target?: string; before?: string };

/** The filters of a page or API query; text a database cannot hold reads as no filter. */
export const auditFilters = (params: PageQuery): AuditFilters => ({
  actor: queryValue(params, "actor"),
  action: queryValue(params, "action"),
  target: queryValue(params, "target"),
  before: queryValue(params, "before"),
});

const present = (params: PageQuery, key: string) => {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && value.trim() !== "";
};

/**
 * What an API query names that the list cannot use: a `before` that is not an entry's id, and
 * filters with text no database could be asked about. A page drops them; the API refuses them.
 */
export function auditQueryProblems(params: PageQuery): { cursor: boolean; fields: string[] } {
  const before = queryValue(params, "before");
  return {
    cursor: present(params, "before") && !(before !== undefined && /^\d{1,18}$/.test(before)),
    fields: ["actor", "action", "target"].filter((k) => present(params, k) && queryValue(params, k) === undefined),
  };
}

/**
 * The audit log, newest first, by pages keyed on the id, each entry with its target as a reader
 * knows it (audit-targets.ts). Reviewers see what was done to assessments (and exports of them);
 * user management and sign-ins are for admins.
 */
/**
 * The target filter as a reader types it: an assessment's reference, a user's e-mail, or an id;
 * the entries are kept by id. Text that names nothing matches nothing.
 */
async function targetIdOf(db: Pick<PrismaClient, "assessment" | "adminUser">, text: string): Promise<string> {
  const anId: boolean = isUuid(text); // (a plain boolean: the guard would narrow text to never below)
  if (anId) return text;
  if (/^Z[A-Z]-[0-9A-Z]{6,7}$/i.test(text))
    return (
      (await db.assessment.findUnique({ where: { reference: text.toUpperCase() }, select: { id: true } }))?.id ?? text
    );
  if (text.includes("@"))
    return (await db.adminUser.findUnique({ where: { email: text.toLowerCase() }, select: { id: true } }))?.id ?? text;
  return text;
}

export async function listAudit(
  db: Pick<PrismaClient, "auditLog" | "assessment" | "adminUser" | "enterpriseImport" | "screening" | "reviewRound">,
  role: Role,
  filters: AuditFilters,
) {
  const where: Prisma.AuditLogWhereInput = {};
  if (role !== "admin") where.targetType = { in: ["assessment", "export"] };
  if (filters.actor) where.actorEmail = { contains: escapeLike(filters.actor.trim().toLowerCase()) };
  if (filters.action) where.action = filters.action;
  if (filters.target) where.targetId = await targetIdOf(db, filters.target.trim());
  if (filters.before && /^\d{1,18}$/.test(filters.before)) where.id = { lt: BigInt(filters.before) };
  const rows = await db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE + 1 });
  const more = rows.length > AUDIT_PAGE;
  const page = rows.slice(0, AUDIT_PAGE);
  const targets = await auditTargets(db, page);
  return {
    rows: page.map((r) => ({ ...r, target: targets.get(targetKey(r)) ?? null })),
    next: more ? page.at(-1)?.id.toString() : undefined,
  };
}
