// Every action the audit log records, in one list: recordAudit takes only these, and the audit
// page and an assessment's history word each one (admin.audit.actions, a test checks both
// languages have every one).
export const AUDIT_ACTIONS = [
  "session.login",
  "session.logout",
  "assessment.review",
  "assessment.override",
  "assessment.correct",
  "assessment.designate",
  "assessment.reply",
  "assessment.arrange",
  "assessments.export",
  "enterprises.import",
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.password",
  "screening.create",
  "screening.export",
  "screening.delete",
  "round.create",
  "round.add",
  "round.signoff",
  "round.return",
  "round.export",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The action's message key under admin.audit.actions (next-intl keys cannot hold a dot). */
export const auditActionKey = (action: AuditAction) => action.replace(".", "_");
