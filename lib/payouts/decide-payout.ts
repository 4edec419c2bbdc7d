import type { Payout } from "@/lib/generated/prisma/client";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import { payoutRuleError } from "./rule-error";

export type Decision = { approve: true; note?: string } | { approve: false; note: string };

/**
 * Maker-checker: a manager approves or rejects a request waiting for approval. The row is locked
 * so two managers deciding at once cannot both win; nobody decides on their own request.
 * Approving only clears the payout to be sent (the caller then runs sendPayout).
 */
export async function decidePayout(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  { payoutId, decision }: { payoutId: string; decision: Decision },
): Promise<Payout> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: PayoutStatus; requested_by_id: string }[]>`
      SELECT status, requested_by_id FROM payouts WHERE id = ${payoutId} FOR UPDATE`;
    if (!row) throw payoutRuleError("not_found");
    if (row.requested_by_id === actor.id) throw payoutRuleError("own_request");
    if (row.status !== "awaiting_approval") throw payoutRuleError("not_awaiting_approval");
    const status = decision.approve ? "approved" : "rejected";
    const note = decision.note?.trim() || null;
    const payout = await tx.payout.update({
      where: { id: payoutId },
      data: {
        status,
        decidedById: actor.id,
        decidedAt: new Date(),
        decisionNote: note,
        ...(decision.approve ? {} : { settledAt: new Date() }),
      },
    });
    await recordAudit(tx, {
      actor,
      action: decision.approve ? "payout.approved" : "payout.rejected",
      target: { type: "payout", id: payoutId },
      ip,
      before: { status: row.status },
      after: { status, note, amount: payout.amount },
    });
    await notifyChange(tx, { entity: "payout", id: payoutId, status });
    return payout;
  });
}
