/**
 * Compiles code generated from the catalogue's own definitions (never from input) into one
 * function, once: on the server, where the engine runs for every request. In a browser, where a
 * Content-Security-Policy forbids it, the answer is null and callers use their generic code.
 */
export function compileOnServer<F>(params: readonly string[], body: string): F | null {
  if (typeof window !== "undefined") return null;
  try {
    return new Function(...params, body) as F;
  } catch {
    return null;
  }
}
