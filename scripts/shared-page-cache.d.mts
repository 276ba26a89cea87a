import type { IncomingMessage, ServerResponse } from "node:http";

export function createSharedPageCache(options?: {
  maxBytes?: number;
  maxEntries?: number;
  registry?: () => Map<string, (cookie: string | undefined) => Promise<string | undefined>> | undefined;
}): {
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  size(): { entries: number; bytes: number };
};
