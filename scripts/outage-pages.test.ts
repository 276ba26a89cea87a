import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerOutagesWith503 } from "./outage-pages.mjs";

type State = {
  down: boolean;
  page?: (path: string, cookie?: string) => { headers: Record<string, string>; body: string };
};

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A stand-in for Next whose page fails as a query finds the database gone (which marks it down). */
async function serve(state: State, fail: (res: ServerResponse) => void) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    answerOutagesWith503(req, res, () => state);
    res.setHeader("x-frame-options", "DENY");
    res.setHeader("content-type", "text/html");
    state.down = true;
    fail(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const page = (path: string, cookie?: string) => ({
  headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30" },
  body: `<h1>unavailable ${path} ${cookie ?? ""}</h1>`,
});

describe("a page that meets the outage first", () => {
  it("answers the translated 503 page instead of Next's 500, whether Next ends at once or streams", async () => {
    for (const fail of [
      (res: ServerResponse) => {
        res.statusCode = 500;
        res.end("<p>Internal error</p>");
      },
      (res: ServerResponse) => {
        res.writeHead(500, { "content-length": "9999" });
        res.write("<p>Internal");
        res.end(" error</p>");
      },
    ]) {
      const base = await serve({ down: false, page }, fail);
      const response = await fetch(`${base}/enterprises?x=1`, { headers: { cookie: "NEXT_LOCALE=en" } });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(await response.text()).toBe("<h1>unavailable /enterprises NEXT_LOCALE=en</h1>");
    }
  });

  it("leaves alone a 500 while the database is up, the API's answers and a page that worked", async () => {
    const up = await serve({ down: false }, (res) => {
      res.statusCode = 500;
      res.end("boom");
    });
    expect((await fetch(`${up}/enterprises`)).status).toBe(500); // no page registered: nothing to swap in
    const api = await serve({ down: false, page }, (res) => {
      res.statusCode = 500;
      res.end("{}");
    });
    expect((await fetch(`${api}/api/health`)).status).toBe(500);
    const fine = await serve({ down: false, page }, (res) => {
      res.statusCode = 200;
      res.end("ok");
    });
    expect(await (await fetch(`${fine}/enterprises`)).text()).toBe("ok");
  });
});
