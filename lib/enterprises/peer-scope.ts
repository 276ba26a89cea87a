// The peer group: designated firms of the same province whose industry code shares the company's
// prefix, widened class → group → division → section (GB/T 4754's 4, 3, 2 digits, then the
// letter) until there are enough of them to compare with.
import type { Prisma } from "@/lib/db/generated/client";
import type { EnterpriseDb } from "./db";

/** Below this many peers a comparison says so instead of showing figures. */
export const MIN_PEERS = 10;

export type PeerScope = { prefix: string; provinceCode: string; peers: number; enough: boolean };

/** "C3484" → C3484, C348, C34, C; shorter codes start lower. */
export function widening(industryCode: string): string[] {
  return [5, 4, 3, 1].filter((n) => n <= industryCode.length).map((n) => industryCode.slice(0, n));
}

/** A revoked title is no longer a peer; an expired one still says where the bar was. */
export const peerWhere = (provinceCode: string | undefined, prefix: string): Prisma.DesignatedEnterpriseWhereInput => ({
  ...(provinceCode ? { provinceCode } : {}),
  industryCode: { startsWith: prefix },
  status: { not: "revoked" },
});

export async function findPeerScope(db: EnterpriseDb, provinceCode: string, industryCode: string): Promise<PeerScope> {
  const prefixes = widening(industryCode);
  const counts = await Promise.all(
    prefixes.map((prefix) => db.designatedEnterprise.count({ where: peerWhere(provinceCode, prefix) })),
  );
  const index = counts.findIndex((n) => n >= MIN_PEERS);
  const chosen = index === -1 ? prefixes.length - 1 : index;
  return { prefix: prefixes[chosen]!, provinceCode, peers: counts[chosen]!, enough: index !== -1 };
}
