import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getOperatorBalances } from "@/lib/ledger/get-operator-balances";
import { OPERATORS, isSupportedByLigdicash, type OperatorCode } from "@/lib/phone";

export type KnownBalance = { operator: OperatorCode; balance: number };

/**
 * What Caisse knows of each operator sub-account at LigdiCash: the ledger balance of
 * `operator:<code>` (verified payins in, verified payouts out). LigdiCash's own figure may differ
 * (fees, payouts still pending), so the form calls it the "known" balance.
 */
export async function getKnownOperatorBalances(db: Pick<PrismaClient, "$queryRaw">): Promise<KnownBalance[]> {
  const balances = await getOperatorBalances(db);
  return OPERATORS.filter(isSupportedByLigdicash).map((o) => ({
    operator: o.code,
    balance: Number(balances.find((b) => b.operator === o.code)?.balance ?? 0n),
  }));
}

/**
 * What is left to commit from each sub-account: the known balance minus the money already on its
 * way out — payouts cleared but not settled (the ledger debits a payout only once it is verified)
 * and the lines of bulk batches being sent, or paused, that have no payout yet. What a new batch
 * may take. `excludeBatchId` leaves a batch's own lines out, to show it against what it competes with.
 */
export async function getAvailableOperatorBalances(
  db: Pick<PrismaClient, "$queryRaw">,
  { excludeBatchId = "" }: { excludeBatchId?: string } = {},
): Promise<KnownBalance[]> {
  const known = await getKnownOperatorBalances(db);
  const committed = await db.$queryRaw<{ operator: string; amount: bigint }[]>`
    SELECT operator, SUM(amount)::bigint AS amount FROM (
      SELECT operator, amount FROM payouts WHERE status IN ('approved', 'sending', 'outcome_unknown', 'pending')
      UNION ALL
      SELECT l.operator, l.amount FROM payout_batch_lines l JOIN payout_batches b ON b.id = l.batch_id
      WHERE b.status IN ('sending', 'paused') AND l.payout_id IS NULL AND b.id <> ${excludeBatchId}
    ) AS on_their_way GROUP BY operator`;
  return known.map(({ operator, balance }) => ({
    operator,
    balance: balance - Number(committed.find((c) => c.operator === operator)?.amount ?? 0n),
  }));
}
