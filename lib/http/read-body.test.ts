import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { readBodyLimited, readJsonBody } from "./read-body";
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

describe("readJsonBody", () => {
  const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const refusal = (text: string) =>
    readJsonBody(post(text), 1_000_000).then(
      () => undefined,
      (e: unknown) => (e instanceof AppError ? { code: e.code, ...e.extra } : e),
    );

  it("parses JSON nested up to 32 levels", async () => {
    expect(await readJsonBody(post(`{"a":${nested(31)}}`), 1000)).toEqual({ a: JSON.parse(nested(31)) });
  });

  it("refuses deeper JSON with 400 invalid_json before parsing it, however deep", async () => {
    expect(await refusal(`{"a":${nested(32)}}`)).toEqual({ code: "invalid_json", reason: "too_deep", maxDepth: 32 });
    expect(await refusal(`{"email":${nested(200_000)}}`)).toMatchObject({ code: "invalid_json", reason: "too_deep" });
  });

  it("counts no bracket inside a string, escaped quotes included", async () => {
    const text = JSON.stringify({ email: `"${"[{".repeat(100)}\\"` });
    expect(await readJsonBody(post(text), 10_000)).toEqual(JSON.parse(text));
  });
});
