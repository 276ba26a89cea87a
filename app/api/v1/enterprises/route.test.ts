import { describe, expect, it } from "vitest";
import { GET } from "./route";

// Malformed input is refused before the database is asked anything (no database is open here).
const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://x/api/v1/enterprises${query}`, { headers }));
const forged = (value: string) =>
  Buffer.from(JSON.stringify([value, "0b7c6f3e-8d6a-4f0e-9a57-3f1b2c4d5e6f"])).toString("base64url");

describe("GET /api/v1/enterprises with malformed input", () => {
  it("answers 400 invalid_request to a search text no database could hold", async () => {
    for (const q of ["%00", "a%00b", "%EF%BF%BE", "%01"]) {
      const res = await get(`?q=${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.json()).toMatchObject({ error: "invalid_request", issues: [{ param: "q" }] });
    }
  });

  it("answers 400 invalid_cursor to a cursor that is not one of ours, forged ones included", async () => {
    for (const cursor of ["garbage", "%25", forged("a\u0000"), forged("\uD800")]) {
      const res = await get(`?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, cursor).toBe(400);
      expect(await res.json()).toMatchObject({ error: "invalid_cursor", message: expect.any(String) });
    }
  });

  it("survives a malformed language cookie, answering in Chinese", async () => {
    const res = await get("?cursor=garbage", { cookie: "NEXT_LOCALE=%" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: "翻页链接无效（可能被修改过），请从第一页重新开始。" });
  });
});
