import { describe, expect, it } from "vitest";
import { invalidCursors, listCursor, parseFilters, filterParams } from "./assessment-filters";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";
import { csvCell, csvLine } from "./csv";

describe("CSV cells", () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+86 10 1234", "'+86 10 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
    ["示例,有限公司", `"示例,有限公司"`],
    ["line\nbreak", `"line\nbreak"`],
    ["plain 公司", "plain 公司"],
  ])("neutralises and quotes %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers as numbers, nothing for null, and CRLF line ends", () => {
    expect(csvLine([7, null, "a"])).toBe("7,,a\r\n");
  });
});

describe("list filters in the URL", () => {
  it("keeps the valid ones, names the invalid ones, and round-trips", () => {
    const { filters, invalid } = parseFilters({
      status: "in_review",
      littleGiant: "eligible",
      province: "99",
      industry: "c34",
      from: "2026-01-01",
      to: "2025-01-01",
      sort: "sideways",
      q: " 精密 ",
    });
    expect(filters).toEqual({
      status: "in_review",
      verdicts: { "little-giant": "eligible" },
      province: undefined,
      industry: "C34",
      ruleset: undefined,
      from: "2026-01-01",
      to: undefined,
      q: "精密",
      sort: "submitted_desc",
    });
    expect(invalid.sort()).toEqual(["province", "sort", "to"]);
    expect(filterParams(filters).toString()).toBe(
      "status=in_review&littleGiant=eligible&industry=C34&from=2026-01-01&q=%E7%B2%BE%E5%AF%86",
    );
  });

  it("accepts only well-formed cursors", () => {
    const cursor = { value: "2026-11-21T02:00:00.000Z", id: "0b7c6f3e-8d6a-4f0e-9a57-3f1b2c4d5e6f" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("garbage")).toBeUndefined();
    expect(decodeCursor(Buffer.from('["x","1 OR 1=1"]').toString("base64url"))).toBeUndefined();
  });
});

describe("malformed list input is named, never passed to the database", () => {
  const id = "0b7c6f3e-8d6a-4f0e-9a57-3f1b2c4d5e6f";
  const forged = (value: string) => Buffer.from(JSON.stringify([value, id])).toString("base64url");

  it("names a search text or filter no database could be asked about (NUL, half a surrogate pair)", () => {
    expect(parseFilters({ q: "\u0000" }).invalid).toEqual(["q"]);
    expect(parseFilters({ q: "a\uD800b" }).invalid).toEqual(["q"]);
    expect(parseFilters({ province: "3\u00005" }).invalid).toEqual(["province"]);
    expect(parseFilters({ q: "\u0000" }).filters.q).toBeUndefined();
    expect(parseFilters({ q: "  " }).invalid).toEqual([]); // blank is no filter, not a mistake
  });

  it("names dates PostgreSQL cannot hold or no one meant, and keeps real ones", () => {
    for (const day of ["0000-01-01", "0001-01-01", "1899-12-31", "2026-02-30", "2026-13-01", "20260101"]) {
      expect(parseFilters({ to: day }).invalid, day).toEqual(["to"]);
      expect(parseFilters({ from: day }).invalid, day).toEqual(["from"]);
    }
    expect(parseFilters({ from: "1900-01-01", to: "9999-12-31" }).invalid).toEqual([]);
    // As people type them in the text box: slashes, dots, 年月日, full-width digits, no leading zeros.
    for (const [typed, iso] of [
      ["2026/11/2", "2026-11-02"],
      ["2026.1.15", "2026-01-15"],
      ["2026年11月2日", "2026-11-02"],
      ["２０２６－１１－０２", "2026-11-02"],
      [" 2026-11-02 ", "2026-11-02"],
    ])
      expect(parseFilters({ from: typed }).filters.from, typed).toBe(iso);
    for (const typed of ["2026年2月30日", "11/02/2026", "2026-11"])
      expect(parseFilters({ from: typed }).invalid).toEqual(["from"]);
  });

  it("names a page cursor that is not one of this order's: garbage, forged dates, NUL in a name", () => {
    const good = encodeCursor({ value: "2026-11-21T02:00:00.000Z", id });
    expect(listCursor(good, "submitted_desc")).toEqual({ value: "2026-11-21T02:00:00.000Z", id });
    expect(invalidCursors({ after: good }, "submitted_desc")).toEqual([]);
    expect(invalidCursors({ after: "garbage", before: "%%%" }, "submitted_desc")).toEqual(["after", "before"]);
    for (const value of ["not a date", "0000-01-01T00:00:00.000Z", "2026-02-30T00:00:00.000Z", "1e300"]) {
      expect(listCursor(forged(value), "submitted_asc"), value).toBeUndefined();
    }
    expect(listCursor(forged("测试\u0000公司"), "name_asc")).toBeUndefined();
    expect(listCursor(forged("测试公司"), "name_asc")).toEqual({ value: "测试公司", id });
    expect(parseFilters({ after: forged("not a date") }).invalid).toEqual(["after"]);
  });
});
