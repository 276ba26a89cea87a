import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { runFormAction } from "./form-state";
import { parseInput, route } from "./route";

// The one edge of route handlers and form actions: known failures answer with their code and a
// message in the reader's language; anything else is logged with the id the answer shows.

const logged = () => {
  const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  return () => spy.mock.calls.map((c) => JSON.parse(String(c[0])) as { id: string; route?: string; action?: string });
};
afterEach(() => vi.restoreAllMocks());

describe("route()", () => {
  it("answers a known failure with its status, code and a message in the reader's language", async () => {
    const handler = route("test", async () => {
      throw new AppError("not_found");
    });
    const zh = await handler(new Request("http://x/a"));
    expect(zh.status).toBe(404);
    expect(await zh.json()).toEqual({ error: "not_found", message: "找不到所请求的内容。" });
    const en = await handler(new Request("http://x/a", { headers: { cookie: "NEXT_LOCALE=en" } }));
    expect(await en.json()).toEqual({ error: "not_found", message: "What you asked for was not found." });
  });

  it("answers the unexpected with 500 and the id it logged, never the error's detail", async () => {
    const lines = logged();
    const handler = route("GET /boom", async () => {
      throw new Error("database password is hunter2");
    });
    const res = await handler(new Request("http://x/a?lang=en"));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: string; message: string; id: string };
    expect(body.error).toBe("internal_error");
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(body.message).toContain(body.id);
    expect(lines()).toEqual([expect.objectContaining({ id: body.id, route: "GET /boom" })]);
  });

  it("parses input with zod into a 400 naming the fields, and survives a malformed cookie", async () => {
    const handler = route("test", async ({ request }) => {
      const q = parseInput(
        z.object({ n: z.coerce.number().int() }),
        Object.fromEntries(new URL(request.url).searchParams),
      );
      return Response.json(q);
    });
    const bad = await handler(new Request("http://x/a?n=x", { headers: { cookie: "NEXT_LOCALE=%" } }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: "invalid_request",
      issues: [{ path: "n" }],
      message: expect.any(String),
    });
    expect(await (await handler(new Request("http://x/a?n=3"))).json()).toEqual({ n: 3 });
  });
});

describe("runFormAction()", () => {
  const spec = {
    name: "test",
    schema: z.object({ id: z.uuid(), note: z.string().max(5) }),
    echo: ["note"],
    invalid: (field: string) => `bad ${field}`,
    unexpected: (id: string) => `failed ${id}`,
  };
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.set(k, v);
    return data;
  };

  it("refuses fields the schema refuses, keeping what was typed, and never runs the action", async () => {
    const run = vi.fn();
    const state = await runFormAction(spec, form({ id: "not-a-uuid", note: "too long" }), run);
    expect(state).toEqual({
      status: "error",
      errors: [
        { field: "id", message: "bad id" },
        { field: "note", message: "bad note" },
      ],
      values: { note: "too long" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("shows the logged id when the action fails unexpectedly", async () => {
    const lines = logged();
    const state = await runFormAction(
      spec,
      form({ id: "0b4f4b5e-7a32-4d6e-9e5c-1f0e4c1c2a33", note: "ok" }),
      async () => {
        throw new Error("boom");
      },
    );
    expect(state.status).toBe("error");
    const message = state.status === "error" ? state.errors[0]!.message : "";
    expect(message).toBe(`failed ${lines()[0]!.id}`);
  });
});
