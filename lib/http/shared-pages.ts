// Pages that every reader sees alike, given a few inputs: `npm start`'s server keeps their HTML and
// serves copies with a fresh nonce (scripts/shared-page-cache.mjs). A page registers here what its
// content depends on besides its URL; the server asks on every request, so a copy is never served
// once that changed. Kept on globalThis: the server around Next reads it, outside Next's bundles.

/** What a shared page depends on besides its URL, from the request's Cookie header; undefined: do not share. */
export type PageVariant = (cookie: string | undefined) => Promise<string | undefined>;

const holder = globalThis as typeof globalThis & { __zjtxSharedPages?: Map<string, PageVariant> };

/** Lets the server share the page at `pathname` (every query of it) between readers of the same variant. */
export function sharePage(pathname: string, variant: PageVariant): void {
  (holder.__zjtxSharedPages ??= new Map()).set(pathname, variant);
}
