import type { IncomingMessage, ServerResponse } from "node:http";

export const GATHER_MAX: number;
export function compressAnswers(req: IncomingMessage, res: ServerResponse): void;
