import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { deleteExpiredSessions } from "@/lib/auth/staff-sessions";
import { checkBalanceAlerts } from "@/lib/balance-alerts/check-balance-alerts";
import type { MailServices } from "@/lib/mail/notify-staff";
import { sweepDeliveries } from "@/lib/callbacks/sweep-deliveries";
import { recoverStuckPayouts } from "@/lib/payouts/recover-stuck-payouts";
import { reconcilePending } from "@/lib/reconciliation/reconcile-pending";
import { emitExpiredInvoices } from "@/lib/webhooks/emit-expired";

/**
 * One pass of background work: mark payouts whose send was cut off by a crash as outcome
 * unknown (never re-sent), finish every callback delivery left behind (crash, restart, token not
 * stored yet, LigdiCash error), then re-ask LigdiCash about pending transactions that are due,
 * delete staff sessions past their absolute limit (lookups refuse them already; this keeps
 * the table small), e-mail each sub-account that fell below its low-balance threshold since
 * the last pass (once per crossing), and tell webhook endpoints of links that expired.
 * Idempotent and safe to run on several instances at once.
 */
export async function runBackgroundPass(
  db: PrismaClient,
  gateway: StatusGateway,
  mail: Omit<MailServices, "db">,
  now = new Date(),
) {
  const recovered = await recoverStuckPayouts(db);
  const swept = await sweepDeliveries(db, gateway, { now });
  const reconciled = await reconcilePending(db, gateway, { now });
  const expiredSessions = await deleteExpiredSessions(db, now);
  const lowBalances = await checkBalanceAlerts({ db, ...mail }, now);
  const expiredLinks = await emitExpiredInvoices(db, now);
  return { recovered, swept, reconciled, expiredSessions, lowBalances, expiredLinks };
}
