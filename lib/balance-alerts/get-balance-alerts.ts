import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getKnownOperatorBalances } from "@/lib/payouts/operator-balances";
import type { OperatorCode } from "@/lib/phone";

export type BalanceAlert = {
  operator: OperatorCode;
  balance: number;
  threshold: number | null;
  low: boolean;
};

/**
 * Each payout sub-account's ledger balance beside its threshold. `low` is read from the ledger
 * now, so the banner is never stale; the stored `below` flag only decides when to e-mail.
 */
export async function getBalanceAlerts(db: PrismaClient): Promise<BalanceAlert[]> {
  const [balances, alerts] = await Promise.all([getKnownOperatorBalances(db), db.balanceAlert.findMany()]);
  return balances.map(({ operator, balance }) => {
    const threshold = alerts.find((a) => a.operator === operator)?.threshold ?? null;
    return { operator, balance, threshold, low: threshold !== null && balance < threshold };
  });
}

/** Only the sub-accounts below their threshold (the console's banner). */
export async function getLowBalances(db: PrismaClient): Promise<BalanceAlert[]> {
  return (await getBalanceAlerts(db)).filter((alert) => alert.low);
}
