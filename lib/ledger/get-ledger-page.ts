import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getOperatorBalances } from "./get-operator-balances";
import { summarisePending, type PendingSummary } from "@/lib/reconciliation/list-pending";
import { listJournals, type JournalRow } from "./list-journals";
import { PENDING_FULL_LIST, PENDING_SHORT_LIST } from "./pending-bounds";

export type BalanceDto = {
  operator: string;
  account: string;
  balance: string;
  entries: number;
  lastPostedAt: string | null;
};
export type LedgerPageDto = {
  balances: BalanceDto[];
  pending: PendingSummary;
  journals: JournalRow[];
  nextCursor: string | null;
};

/** What the ledger page shows: balances recomputed from entries, what still waits on LigdiCash
 * (the oldest few, or all of them when asked), then one page of journals. */
export async function getLedgerPage(
  db: PrismaClient,
  { cursor, pending: show }: { cursor?: string; pending?: "all" } = {},
): Promise<LedgerPageDto> {
  const [balances, pending, page] = await Promise.all([
    getOperatorBalances(db),
    summarisePending(db, new Date(), show === "all" ? PENDING_FULL_LIST : PENDING_SHORT_LIST),
    listJournals(db, cursor),
  ]);
  return {
    pending,
    balances: balances.map((b) => ({
      ...b,
      balance: b.balance.toString(),
      lastPostedAt: b.lastPostedAt?.toISOString() ?? null,
    })),
    ...page,
  };
}
