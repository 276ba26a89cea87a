import type { AdminRole } from "@/lib/db/generated/enums";

export type Role = AdminRole;
export const ROLES: readonly Role[] = ["admin", "reviewer"];

/** `admin` may do everything a `reviewer` may, and manage users and imports. */
export function roleAllows(role: Role, required: Role): boolean {
  return role === "admin" || role === required;
}

export const isRole = (value: unknown): value is Role => value === "admin" || value === "reviewer";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
export const isEmail = (email: string) => email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
