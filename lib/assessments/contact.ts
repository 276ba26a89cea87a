// Whom a reviewer may contact about an assessment: a person, a phone number, an e-mail address,
// each optional. Not a fact of the rule book (criteria.md section 1): kept in the assessment's own
// `contact` column, never in the answers, the evaluation or the API. Each field is defined here
// once: its words, its input's type and autocomplete, its check and its messages.
import { z } from "zod";
import { isStorableText } from "@/lib/criteria/text";
import type { Locale } from "@/lib/i18n/locales";

export const CONTACT_KEYS = ["name", "phone", "email"] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];
export type Contact = Partial<Record<ContactKey, string>>;

/** `helpWithoutMail`: the help where this site sends no e-mail (no mail server configured). */
type Words = { label: string; help: string; helpWithoutMail?: string; invalid: string };

export const CONTACT_FIELDS: Readonly<
  Record<
    ContactKey,
    { type: "text" | "tel" | "email"; autoComplete: string; maxLength: number; text: Record<Locale, Words> }
  >
> = {
  name: {
    type: "text",
    autoComplete: "name",
    maxLength: 50,
    text: {
      "zh-CN": {
        label: "联系人",
        help: "审核人员需要核实或补充材料时联系的人，例如财务或申报负责人。",
        invalid: "请填写 50 个字以内的姓名。",
      },
      en: {
        label: "Contact person",
        help: "Whom the reviewers contact to check a figure or ask for documents, e.g. the finance or application lead.",
        invalid: "Enter a name of at most 50 characters.",
      },
    },
  },
  phone: {
    type: "tel",
    autoComplete: "tel",
    maxLength: 30,
    text: {
      "zh-CN": {
        label: "联系电话",
        help: "手机或座机，座机请带区号，例如 13800138000 或 0571-88886666。",
        invalid: "请填写 7 到 15 位数字的电话号码（可含区号、空格、“-”和“+”）。",
      },
      en: {
        label: "Phone",
        help: "A mobile or a landline with its area code, e.g. 13800138000 or 0571-88886666.",
        invalid: "Enter a phone number of 7 to 15 digits (an area code, spaces, “-” and “+” may be included).",
      },
    },
  },
  email: {
    type: "email",
    autoComplete: "email",
    maxLength: 254,
    text: {
      "zh-CN": {
        label: "电子邮箱",
        help: "审核人员请您补充信息时，会发邮件到这个地址，并在本自评的结果页上写明。",
        helpWithoutMail:
          "审核人员可能用这个地址与您联系；请您补充信息时，会在本自评的结果页上写明，请保存好本自评的链接。",
        invalid: "请填写有效的电子邮箱地址，例如 name@example.com。",
      },
      en: {
        label: "E-mail",
        help: "When a reviewer asks for more information, an e-mail goes to this address, and the request is shown on this assessment's result page.",
        helpWithoutMail:
          "Reviewers may write to this address; a request for more information is shown on this assessment's result page, so keep its link.",
        invalid: "Enter a valid e-mail address, e.g. name@example.com.",
      },
    },
  },
};

const storable = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => isStorableText(s));

const checks: Record<ContactKey, z.ZodType<string>> = {
  name: storable(CONTACT_FIELDS.name.maxLength),
  phone: storable(CONTACT_FIELDS.phone.maxLength).refine((s) => {
    if (!/^\+?[\d\s\-()]+$/.test(s)) return false;
    const digits = s.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }),
  email: z.email().max(CONTACT_FIELDS.email.maxLength),
};

/** What the contact column holds: the valid fields, and the text of those that are not yet. */
export type StoredContact = Contact & { typed?: Partial<Record<ContactKey, string>> };

/**
 * Reads a form's (or an object's) contact fields: blank is no answer, valid text is kept as the
 * field's value, invalid text as `typed` (to be shown again with its message, never used).
 */
export function parseContact(input: (key: ContactKey) => unknown): { stored: StoredContact; invalid: ContactKey[] } {
  const stored: StoredContact = {};
  const typed: Partial<Record<ContactKey, string>> = {};
  for (const key of CONTACT_KEYS) {
    const raw = input(key);
    const text = typeof raw === "string" ? raw.trim() : "";
    if (!text) continue;
    const parsed = checks[key].safeParse(key === "email" ? text.toLowerCase() : text);
    if (parsed.success) stored[key] = parsed.data;
    // Kept as typed, in the part PostgreSQL can hold (at most the field's length).
    else
      typed[key] = Array.from(text)
        .filter((c) => isStorableText(c))
        .slice(0, CONTACT_FIELDS[key].maxLength)
        .join("");
  }
  const invalid = CONTACT_KEYS.filter((k) => typed[k] !== undefined);
  return { stored: invalid.length > 0 ? { ...stored, typed } : stored, invalid };
}

/** The column as stored, read defensively (a hand-edited row must not break a page). */
export function storedContact(json: unknown): StoredContact {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const row = json as Record<string, unknown>;
  const out: StoredContact = {};
  for (const key of CONTACT_KEYS) if (typeof row[key] === "string") out[key] = row[key];
  const typed = row.typed as Record<string, unknown> | undefined;
  if (typed && typeof typed === "object") {
    const kept = Object.fromEntries(CONTACT_KEYS.filter((k) => typeof typed[k] === "string").map((k) => [k, typed[k]]));
    if (Object.keys(kept).length > 0) out.typed = kept;
  }
  return out;
}

/** The valid part only: what reviewers and e-mails use. */
export function contactOf(json: unknown): Contact {
  const stored = storedContact(json);
  return Object.fromEntries(CONTACT_KEYS.filter((k) => stored[k] !== undefined).map((k) => [k, stored[k]]));
}

/** The longest note a company may send with its reply to a request for more information. */
export const REPLY_NOTE_MAX = 2000;

export const hasContact = (c: Contact) => CONTACT_KEYS.some((k) => c[k]);
