import { describe, expect, it } from "vitest";
import { readBodyLimited } from "./read-body";
import { requestLocale } from "./request-locale";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBodyLimited", () => {
  it("returns the text of a body within the limit", async () => {
    expect(await readBodyLimited(post('{"a":"中文"}'), 100)).toEqual({ ok: true, text: '{"a":"中文"}' });
  });

  it("refuses a body over the limit by its declared length or by what arrives", async () => {
    expect(await readBodyLimited(post("x", { "content-length": "5000" }), 100)).toEqual({
      ok: false,
      reason: "too_large",
    });
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new Uint8Array(50));
        c.close();
      },
    });
    expect(await readBodyLimited(post(stream), 100)).toEqual({ ok: false, reason: "too_large" });
  });
});

describe("requestLocale", () => {
  it("prefers ?lang=, then the language cookie, then Chinese", () => {
    expect(requestLocale(new Request("http://x/a?lang=en"))).toBe("en");
    expect(requestLocale(new Request("http://x/a", { headers: { cookie: "a=1; NEXT_LOCALE=en" } }))).toBe("en");
    expect(requestLocale(new Request("http://x/a?lang=fr", { headers: { cookie: "NEXT_LOCALE=xx" } }))).toBe("zh-CN");
  });
});
