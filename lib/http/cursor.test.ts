import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

const id = "0b7c6f3e-8d6a-4f0e-9a57-3f1b2c4d5e6f";
const forged = (value: unknown, rowId: unknown = id) =>
  Buffer.from(JSON.stringify([value, rowId]), "utf8").toString("base64url");

describe("keyset cursors", () => {
  it("round-trips a cursor of ours, Chinese names included", () => {
    expect(decodeCursor(encodeCursor({ value: "示例精密有限公司", id }))).toEqual({ value: "示例精密有限公司", id });
  });

  it("refuses a forged cursor whose value no database could compare (NUL, half a surrogate pair, U+FFFE)", () => {
    for (const value of ["a\u0000", "\uD800x", "\uDC00", "x\uFFFE"])
      expect(decodeCursor(forged(value)), value).toBeUndefined();
  });

  it("refuses what is not a cursor at all", () => {
    for (const text of ["", "%", "garbage!", "x".repeat(3000), forged(1), forged("a", "not-a-uuid"), forged("a", 7)])
      expect(decodeCursor(text), text.slice(0, 20)).toBeUndefined();
  });
});
