import type { Payout, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import { loadPayoutDto } from "./load-payout";
import type { PayoutDto } from "./payout-dto";
import { payoutRuleError } from "./rule-error";

/**
 * The requester withdraws their own request while it still waits for a manager. Only the
 * requester: a manager who disagrees rejects it, with a note the requester reads (decidePayout).
 *
 * One compare-and-set, `awaiting_approval → cancelled`, in the same transaction as its audit
 * record. A manager's approval locks the same row (decidePayout) and checks the same status, so
 * a cancel racing an approval has exactly one winner on any number of instances: either the
 * payout is cancelled and never sent, or it is approved and the cancel is refused (409).
 */
export async function cancelPayout(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  { payoutId }: { payoutId: string },
): Promise<PayoutDto> {
  const cancelled = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Pick<Payout, "amount">[]>`
      UPDATE payouts
      SET status = 'cancelled', decided_by_id = ${actor.id}, decided_at = now(), settled_at = now(), updated_at = now()
      WHERE id = ${payoutId} AND status = 'awaiting_approval' AND requested_by_id = ${actor.id}
      RETURNING amount`;
    if (!row) return false;
    await recordAudit(tx, {
      actor,
      action: "payout.cancelled",
      target: { type: "payout", id: payoutId },
      ip,
      before: { status: "awaiting_approval" },
      after: { status: "cancelled", amount: row.amount },
    });
    await notifyChange(tx, { entity: "payout", id: payoutId, status: "cancelled" });
    return true;
  });
  if (!cancelled) await explainRefusal(db, actor.id, payoutId);
  return loadPayoutDto(db, payoutId);
}

/** Why the compare-and-set matched nothing: unknown payout, someone else's, or no longer waiting. */
async function explainRefusal(db: PrismaClient, actorId: string, payoutId: string): Promise<never> {
  const payout = await db.payout.findUnique({
    where: { id: payoutId },
    select: { requestedById: true },
  });
  if (!payout) throw payoutRuleError("not_found");
  if (payout.requestedById !== actorId) throw payoutRuleError("not_own_request");
  throw payoutRuleError("not_cancellable");
}
