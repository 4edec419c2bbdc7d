import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rolesWith } from "@/lib/auth/permissions";
import { mailStaff, type MailServices } from "@/lib/mail/notify-staff";
import { formatXof } from "@/lib/money";
import { OPERATORS } from "@/lib/phone";
import { recordAudit } from "@/lib/audit/record-audit";
import { getOperatorBalances } from "@/lib/ledger/get-operator-balances";

export type Crossing = { operator: string; balance: number; threshold: number };

/**
 * Compares each sub-account's ledger balance with its threshold and flips the stored `below`
 * flag. The alert rows are locked for the comparison, so when several passes run at once
 * (instances, the worker and a payout's own check) exactly one sees each crossing. Going back
 * above the threshold re-arms the alert for the next crossing.
 */
export async function detectCrossings(db: PrismaClient, now = new Date()): Promise<Crossing[]> {
  return db.$transaction(async (tx) => {
    const alerts = await tx.$queryRaw<{ operator: string; threshold: number; below: boolean }[]>`
      SELECT operator, threshold, below FROM balance_alerts ORDER BY operator FOR UPDATE`;
    if (alerts.length === 0) return [];
    const balances = await getOperatorBalances(tx);
    const crossings: Crossing[] = [];
    for (const alert of alerts) {
      const balance = Number(balances.find((b) => b.operator === alert.operator)?.balance ?? 0n);
      const below = balance < alert.threshold;
      if (below === alert.below) continue;
      await tx.balanceAlert.update({
        where: { operator: alert.operator },
        data: { below, notifiedAt: below ? null : undefined },
      });
      if (!below) continue;
      crossings.push({ operator: alert.operator, balance, threshold: alert.threshold });
      await recordAudit(tx, {
        actor: { id: null, email: null },
        action: "balance.below_threshold",
        target: { type: "operator", id: alert.operator },
        after: { balance, threshold: alert.threshold, at: now.toISOString() },
      });
    }
    return crossings;
  });
}

/**
 * Detects crossings and e-mails each one once to the people who see the banner (finance,
 * managers, admins). Run by the background pass; safe to run anywhere, any number of times.
 */
export async function checkBalanceAlerts(services: MailServices & { db: PrismaClient }, now = new Date()) {
  const crossings = await detectCrossings(services.db, now);
  for (const crossing of crossings) {
    const name = OPERATORS.find((o) => o.code === crossing.operator)?.name ?? crossing.operator;
    const sent = await mailStaff(services, {
      roles: rolesWith("alerts:read"),
      write: (t, locale) => {
        const values = {
          operator: name,
          balance: formatXof(crossing.balance, locale),
          threshold: formatXof(crossing.threshold, locale),
        };
        return {
          subject: t("payouts.alerts.mail.subject", values),
          text: t("payouts.alerts.mail.body", values),
        };
      },
    });
    if (sent > 0)
      await services.db.balanceAlert.update({
        where: { operator: crossing.operator },
        data: { notifiedAt: new Date() },
      });
  }
  return crossings;
}
