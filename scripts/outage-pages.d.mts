import type { IncomingMessage, ServerResponse } from "node:http";

type OutageState = {
  down: boolean;
  page?: (path: string, cookie: string | undefined) => { headers: Readonly<Record<string, string>>; body: string };
};

export function answerOutagesWith503(
  req: IncomingMessage,
  res: ServerResponse,
  outage?: () => OutageState | undefined,
): void;
