import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { getBalanceAlerts, type BalanceAlert } from "./get-balance-alerts";
import type { BalanceThresholdsInput } from "./schemas";

/**
 * Sets or removes the threshold of each sub-account named (manager, admin), audited as one
 * `settings.changed`. A new threshold starts "not below": if the balance already is, the next
 * check sends the e-mail once, as for any crossing.
 */
export async function setBalanceThresholds(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  { thresholds }: BalanceThresholdsInput,
): Promise<BalanceAlert[]> {
  await db.$transaction(async (tx) => {
    const before = await tx.$queryRaw<{ operator: string; threshold: number }[]>`
      SELECT operator, threshold FROM balance_alerts ORDER BY operator FOR UPDATE`;
    for (const [operator, threshold] of Object.entries(thresholds)) {
      if (threshold === undefined) continue;
      if (threshold === null) await tx.balanceAlert.deleteMany({ where: { operator } });
      else
        await tx.balanceAlert.upsert({
          where: { operator },
          create: { operator, threshold },
          update: { threshold, below: false, notifiedAt: null },
        });
    }
    await recordAudit(tx, {
      actor,
      action: "settings.changed",
      target: { type: "setting", id: "balance_alerts" },
      ip,
      before: Object.fromEntries(before.map((row) => [row.operator, row.threshold])),
      after: thresholds,
    });
  });
  return getBalanceAlerts(db);
}
