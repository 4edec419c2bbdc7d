import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getOperatorBalances } from "@/lib/ledger/get-operator-balances";
import { OPERATORS, isSupportedByLigdicash, type OperatorCode } from "@/lib/phone";

export type KnownBalance = { operator: OperatorCode; balance: number };

/**
 * What Caisse knows of each operator sub-account at LigdiCash: the ledger balance of
 * `operator:<code>` (verified payins in, verified payouts out). LigdiCash's own figure may differ
 * (fees, payouts still pending), so the form calls it the "known" balance.
 */
export async function getKnownOperatorBalances(db: PrismaClient): Promise<KnownBalance[]> {
  const balances = await getOperatorBalances(db);
  return OPERATORS.filter(isSupportedByLigdicash).map((o) => ({
    operator: o.code,
    balance: Number(balances.find((b) => b.operator === o.code)?.balance ?? 0n),
  }));
}
