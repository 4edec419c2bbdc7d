import type { PrismaClient } from "@/lib/generated/prisma/client";

export type OperatorBalance = {
  operator: string;
  account: string;
  balance: bigint;
  entries: number;
  lastPostedAt: Date | null;
};

/**
 * Balance of each operator sub-account, recomputed from the entries themselves (no stored
 * balance that could drift): the sum, in bigint, of every entry ever posted to it.
 */
export async function getOperatorBalances(db: Pick<PrismaClient, "$queryRaw">): Promise<OperatorBalance[]> {
  const rows = await db.$queryRaw<
    { account: string; balance: bigint; entries: bigint; last_posted_at: Date | null }[]
  >`
    SELECT account, SUM(amount)::bigint AS balance, COUNT(*)::bigint AS entries, MAX(posted_at) AS last_posted_at
    FROM ledger_entries WHERE account LIKE 'operator:%' GROUP BY account ORDER BY account`;
  return rows.map((r) => ({
    operator: r.account.slice("operator:".length),
    account: r.account,
    balance: r.balance,
    entries: Number(r.entries),
    lastPostedAt: r.last_posted_at,
  }));
}
