import { jsonTooDeep, MAX_JSON_DEPTH } from "@/lib/criteria/http";
import { AppError } from "./errors";

export type BodyText = { ok: true; text: string } | { ok: false; reason: "too_large" | "unreadable" };

/** Reads a request body as UTF-8 text, stopping as soon as it exceeds `limit` bytes. */
export async function readBodyLimited(request: Request, limit: number): Promise<BodyText> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { ok: false, reason: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" }; // the client went away mid-body
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/**
 * A JSON body of at most `limit` bytes, parsed; 413 when larger, 400 when unreadable or not JSON,
 * 400 `invalid_json` (reason `too_deep`) when it nests deeper than MAX_JSON_DEPTH.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const body = await readBodyLimited(request, limit);
  if (!body.ok) throw new AppError(body.reason === "too_large" ? "payload_too_large" : "invalid_request");
  if (jsonTooDeep(body.text)) throw new AppError("invalid_json", { reason: "too_deep", maxDepth: MAX_JSON_DEPTH });
  try {
    return JSON.parse(body.text) as unknown;
  } catch {
    throw new AppError("invalid_json");
  }
}
