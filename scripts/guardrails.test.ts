import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";

// `npm run lint` (the first part of `npm test`) fails on what CODE_STYLE.md forbids: a forbidden
// import between layers, formatting drift, dead code. Each check is run here on a violation.

const root = fileURLToPath(new URL("..", import.meta.url));

describe("guardrails of npm test", () => {
  it("refuse an import across the layering", async () => {
    const eslint = new ESLint({ cwd: root });
    const cases = [
      ["app/page-probe.tsx", 'import { getPrisma } from "@/lib/db/client";\nexport const x = getPrisma;\n'],
      ["lib/criteria/probe.ts", 'import { steps } from "@/lib/questionnaire/steps";\nexport const x = steps;\n'],
      ["lib/report/probe.ts", 'import { ResumeBox } from "@/lib/ui/resume-box";\nexport const x = ResumeBox;\n'],
    ] as const;
    for (const [filePath, text] of cases) {
      const [result] = await eslint.lintText(text, { filePath: `${root}${filePath}` });
      expect(
        result!.messages.map((m) => m.ruleId),
        filePath,
      ).toContain("boundaries/dependencies");
    }
    const [allowed] = await eslint.lintText(
      'import { evaluate } from "@/lib/criteria";\nexport const x = evaluate;\n',
      {
        filePath: `${root}lib/report/probe.ts`,
      },
    );
    expect(allowed!.messages.filter((m) => m.ruleId === "boundaries/dependencies")).toEqual([]);
  });

  it("find every route handler behind the one edge, route()", () => {
    const files = readdirSync(`${root}app`, { recursive: true, encoding: "utf8" }).filter((f) =>
      /(^|\/)route\.ts$/.test(f),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(`${root}app/${file}`, "utf8");
      const handlers = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b[^\n]*/g)];
      expect(handlers.length, file).toBeGreaterThan(0);
      for (const [line] of handlers) expect(line, file).toMatch(/= route(<[^>]*>)?\(/);
    }
  });

  it("refuse formatting that Prettier would change", async () => {
    const options = { ...(await prettier.resolveConfig(`${root}lib/probe.ts`)), filepath: `${root}lib/probe.ts` };
    expect(await prettier.check("export const x = { a:1 };\n", options)).toBe(false);
    expect(await prettier.check("export const x = { a: 1 };\n", options)).toBe(true);
  });

  it("refuse an export nothing uses", { timeout: 120_000 }, () => {
    const tag = randomBytes(4).toString("hex");
    const lib = `lib/zz-probe-${tag}.ts`;
    const script = `scripts/zz-probe-${tag}.ts`;
    writeFileSync(`${root}${lib}`, "export const used = 1;\nexport const unused = 2;\n");
    writeFileSync(`${root}${script}`, `import { used } from "../${lib.replace(/\.ts$/, "")}";\nexport default used;\n`);
    try {
      const run = spawnSync(process.execPath, ["node_modules/knip/bin/knip.js", "--production", "--no-config-hints"], {
        cwd: root,
        encoding: "utf8",
        timeout: 110_000, // spawnSync blocks the worker: vitest's own timeout could not fire
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`unused\\s+${lib.replace(/[.]/g, "\\.")}`));
    } finally {
      rmSync(`${root}${lib}`, { force: true });
      rmSync(`${root}${script}`, { force: true });
    }
  });
});
