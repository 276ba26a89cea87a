import type { SqlConnection } from "./sql";

/** True when the database answers a trivial query within the time limit. */
export async function ping(
  run: (fn: (sql: SqlConnection) => Promise<unknown>) => Promise<unknown>,
  timeoutMs = 2000,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = run((sql) => sql.query("SELECT 1")).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
