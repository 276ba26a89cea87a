// Reads one line from standard input. On a terminal it switches echo off (raw mode) and handles
// backspace and Ctrl-C itself; from a pipe it reads the first line.
import { createInterface } from "node:readline";

export function readPassword(prompt: string | null): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return new Promise((resolve) => {
      const lines = createInterface({ input });
      let first: string | undefined;
      lines.once("line", (line) => {
        first = line;
        lines.close();
      });
      lines.once("close", () => resolve(first ?? ""));
    });
  }
  process.stderr.write(prompt ?? "");
  return new Promise((resolve) => {
    let text = "";
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\u0003") process.exit(130);
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          input.setRawMode(false);
          input.pause();
          input.off("data", onData);
          process.stderr.write("\n");
          return resolve(text);
        }
        if (ch === "\u007f" || ch === "\b") text = [...text].slice(0, -1).join("");
        else text += ch;
      }
    };
    input.on("data", onData);
  });
}
