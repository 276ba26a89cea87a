// Whether the database can be reached, as the app's own queries last saw it. A query that fails
// because the server cannot be reached (refused, reset, terminated, shutting down) marks it down;
// any query that succeeds marks it up again. Pages read the mark in proxy.ts, without a query of
// their own, and answer 503 while it is down; a ping at most once a second (`recheck`) notices
// the database coming back even when nothing else queries it. Kept on globalThis because Next
// bundles proxy.ts and the app separately, in the same process. No imports: proxy.ts loads this.

/** The page to answer instead of a page that failed while the database was down. */
type UnavailablePage = (
  path: string,
  cookie: string | undefined,
) => { headers: Readonly<Record<string, string>>; body: string };

type OutageState = {
  down: boolean;
  /** Read by `npm start`'s server (scripts/outage-pages.mjs). */
  page?: UnavailablePage;
  lastCheckAt: number;
  recheck?: () => Promise<boolean>;
  checking?: Promise<void>;
};

const holder = globalThis as typeof globalThis & { __zjtxOutage?: OutageState };
const state = (holder.__zjtxOutage ??= { down: false, lastCheckAt: 0 });

/** PostgreSQL's SQLSTATEs for "the connection is gone or cannot be made" (class 08, 57P0x, 53300). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|53300)$/;
/** The driver adapters' kinds for the same (Prisma's DriverAdapterError causes). */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError"]);
/** Node's socket errors and Prisma's own codes for an unreachable server. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "P1001",
  "P1002",
  "P1017",
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Can't reach database server|timeout exceeded when trying to connect|Client has encountered a connection error/i;

function unavailableHere(value: Record<string, unknown>): boolean {
  const code = value.code ?? value.originalCode;
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof value.kind === "string" && UNAVAILABLE_KINDS.has(value.kind)) return true;
  return typeof value.message === "string" && UNAVAILABLE_MESSAGE.test(value.message);
}

/**
 * Whether an error means the database cannot be reached now (rather than a bad query): follows
 * Prisma's wrapping (`meta.driverAdapterError.cause`), `cause` chains and AggregateErrors.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== "object" || error === null) return false;
  const value = error as Record<string, unknown>;
  if (unavailableHere(value)) return true;
  const meta = value.meta as Record<string, unknown> | undefined;
  const nested = [value.cause, meta?.driverAdapterError, ...(Array.isArray(value.errors) ? value.errors : [])];
  return nested.some((n) => isDatabaseUnavailable(n, depth + 1));
}

export function recordDatabaseError(error: unknown): void {
  if (isDatabaseUnavailable(error)) state.down = true;
}

export function recordDatabaseSuccess(): void {
  state.down = false;
}

export function setUnavailablePage(page: UnavailablePage): void {
  state.page = page;
}

/** How the app pings its database (set by lib/db/client.ts once it is open). */
export function setDatabaseRecheck(recheck: () => Promise<boolean>): void {
  state.recheck = recheck;
}

/**
 * Whether pages should answer "temporarily unavailable" now: false unless a query failed to reach
 * the database since the last one that succeeded. While down, pings again at most once per
 * `intervalMs` (one ping at a time, awaited), so the app recovers by itself.
 */
export async function databaseSeemsDown(now = Date.now(), intervalMs = 1000): Promise<boolean> {
  if (!state.down) return false;
  if (state.recheck && !state.checking && now - state.lastCheckAt >= intervalMs) {
    state.lastCheckAt = now;
    const recheck = state.recheck;
    state.checking = recheck()
      .then((up) => {
        if (up) state.down = false;
      })
      .finally(() => {
        state.checking = undefined;
      });
  }
  if (state.checking) await state.checking;
  return state.down;
}

type Observable = object;

/** The calls whose success shows the database answered (not dispose, which succeeds regardless). */
const REACHES_DATABASE = new Set(["queryRaw", "executeRaw", "executeScript", "startTransaction", "commit", "rollback"]);

function observe<T>(result: T, reaches: boolean, wrap?: (value: unknown) => unknown): T {
  if (!(result instanceof Promise)) return result;
  return result.then(
    (value: unknown) => {
      if (reaches) recordDatabaseSuccess();
      return wrap ? wrap(value) : value;
    },
    (error: unknown) => {
      recordDatabaseError(error);
      throw error;
    },
  ) as T;
}

/** Every method that returns a promise records whether it reached the database. */
function observed<T extends Observable>(
  target: T,
  wrapResult: (name: string) => ((v: unknown) => unknown) | undefined,
): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== "function") return value;
      const name = String(key);
      return (...args: unknown[]) =>
        observe(
          (value as (...a: unknown[]) => unknown).apply(object, args),
          REACHES_DATABASE.has(name),
          wrapResult(name),
        );
    },
  });
}

/** A plain SQL connection (sql.ts's shape) whose statements record their outcome likewise. */
export function observeConnection<C extends { query: unknown; exec: unknown; run: unknown }>(connection: C): C {
  return {
    ...connection,
    query: (...args: unknown[]) => observe((connection.query as (...a: unknown[]) => unknown)(...args), true),
    exec: (...args: unknown[]) => observe((connection.exec as (...a: unknown[]) => unknown)(...args), true),
    run: (...args: unknown[]) => observe((connection.run as (...a: unknown[]) => unknown)(...args), true),
  };
}

/**
 * A Prisma driver adapter factory (PrismaPg, PrismaPGlite) whose adapters, and their
 * transactions, record each query's outcome for `databaseSeemsDown`.
 */
export function observeAdapter<F extends { connect(): Promise<object> }>(factory: F): F {
  const tx = (value: unknown) =>
    typeof value === "object" && value !== null ? observed(value, () => undefined) : value;
  const adapter = (value: unknown) =>
    typeof value === "object" && value !== null
      ? observed(value, (name) => (name === "startTransaction" ? tx : undefined))
      : value;
  return new Proxy(factory, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (key !== "connect" || typeof value !== "function") return value;
      return () => (value as () => Promise<object>).apply(object).then(adapter);
    },
  });
}
