import { describe, expect, it } from "vitest";
import { CONTACT_FIELDS, CONTACT_KEYS, contactOf, parseContact, storedContact } from "./contact";

const parse = (values: Record<string, string>) => parseContact((key) => values[key]);

describe("contact", () => {
  it("keeps valid fields, trimmed, with the e-mail in lower case; blank is no answer", () => {
    expect(parse({ name: " 陈会计 ", phone: "0571-8888 6666", email: "Chen@Firm.CN" })).toEqual({
      stored: { name: "陈会计", phone: "0571-8888 6666", email: "chen@firm.cn" },
      invalid: [],
    });
    expect(parse({ phone: "+86 138 0013 8000" }).stored).toEqual({ phone: "+86 138 0013 8000" });
    expect(parse({ name: "  ", phone: "" })).toEqual({ stored: {}, invalid: [] });
  });

  it("keeps the text of an invalid field apart, to be corrected, and never as the field's value", () => {
    const { stored, invalid } = parse({ name: "李", phone: "138-abc", email: "chen@" });
    expect(invalid).toEqual(["phone", "email"]);
    expect(stored).toEqual({ name: "李", typed: { phone: "138-abc", email: "chen@" } });
    expect(contactOf(stored)).toEqual({ name: "李" });
    // Too few or too many digits, a name too long, a character PostgreSQL cannot hold.
    expect(parse({ phone: "12345" }).invalid).toEqual(["phone"]);
    expect(parse({ phone: "1".repeat(16) }).invalid).toEqual(["phone"]);
    expect(parse({ name: "名".repeat(51) }).invalid).toEqual(["name"]);
    expect(parse({ name: "陈\u0000" }).stored).toEqual({ typed: { name: "陈" } });
  });

  it("reads a stored column defensively", () => {
    expect(storedContact(null)).toEqual({});
    expect(storedContact({ name: 3, phone: "13800138000", typed: { email: "x@", other: "y" } })).toEqual({
      phone: "13800138000",
      typed: { email: "x@" },
    });
  });

  it("words every field, its help and its message in both languages", () => {
    for (const key of CONTACT_KEYS)
      for (const locale of ["zh-CN", "en"] as const)
        for (const words of Object.values(CONTACT_FIELDS[key].text[locale])) expect(words.length).toBeGreaterThan(1);
  });
});
