// Shapes shared by the import, the queries and the pages. No I/O here.

export type EnterpriseStatus = "active" | "revoked" | "expired";

export const METRICS = ["rdIntensity", "revenueGrowth", "mainBusinessShare", "classOneIp"] as const;
export type Metric = (typeof METRICS)[number];

/** One firm as an import writes it; every optional field may be unknown (null). */
export type EnterpriseInput = {
  name: string;
  nameKey: string;
  uscc: string | null;
  provinceCode: string;
  city: string | null;
  batch: number;
  year: number;
  industryCode: string | null;
  mainProduct: string | null;
  /** Null when the list says nothing: a new firm is then active, an existing one keeps its status. */
  status: EnterpriseStatus | null;
  revenue: number | null;
  revenueGrowth: number | null;
  rdIntensity: number | null;
  mainBusinessShare: number | null;
  classOneIp: number | null;
};

export type ImportError = { line: number; message: string };

/**
 * What the CLI prints as its last line and the admin upload shows: `errors` holds the first
 * thousand problems (limits.ts), `errorCount` counts them all.
 */
export type ImportSummary = { imported: number; updated: number; errors: ImportError[]; errorCount: number };

/** The key re-imports match on when a row has no USCC: the name as written, spaces and width aside. */
export const nameKeyOf = (name: string) => name.normalize("NFKC").replace(/\s+/g, "");
