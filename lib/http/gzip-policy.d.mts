export const THRESHOLD: number;
export function acceptsGzip(acceptEncoding: string | null | undefined): boolean;
export function gzipWhole(bytes: Uint8Array): Buffer;
export const GZIP_HANDOFF: string;
export const GZIPPED_BODY: string;
