import type { PayoutBatch } from "@/lib/generated/prisma/client";
import type { PayoutBatchStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getAvailableOperatorBalances } from "@/lib/payouts/operator-balances";
import { lockBatchFunds } from "./lock-batch-funds";
import { batchRuleError } from "./batch-rule-error";
import { insufficientOperators } from "./operator-shortfall";
import { totalsByOperator } from "./preview-batch";

type DecideContext = Pick<OperationContext, "db" | "actor" | "ip">;

/**
 * Four eyes on a batch, as on a single payout (lib/payouts/decide-payout.ts): the row is locked
 * so two managers cannot both decide, and nobody decides on their own batch. Approval is refused,
 * with the operators concerned, while an operator's total exceeds what its sub-account has left once
 * the money already on its way out is counted — read under a lock, so two batches approved at the
 * same moment cannot both count the same francs.
 * Approving only clears the batch: the caller enqueues its sending (lib/jobs/payout-batch-queue.ts).
 */
export async function approveBatch(
  ctx: DecideContext,
  { batchId, note }: { batchId: string; note?: string },
): Promise<PayoutBatch> {
  return decide(ctx, batchId, "sending", note, async (tx) => {
    await lockBatchFunds(tx);
    const lines = await tx.payoutBatchLine.findMany({
      where: { batchId },
      select: { operator: true, amount: true },
    });
    const available = await getAvailableOperatorBalances(tx, { excludeBatchId: batchId });
    const shortfall = insufficientOperators(totalsByOperator(lines, available));
    if (shortfall.length > 0) throw batchRuleError("balance_insufficient", {}, { operators: shortfall });
  });
}

export async function rejectBatch(
  ctx: DecideContext,
  { batchId, note }: { batchId: string; note: string },
): Promise<PayoutBatch> {
  return decide(ctx, batchId, "rejected", note, async () => undefined);
}

async function decide(
  { db, actor, ip }: DecideContext,
  batchId: string,
  status: PayoutBatchStatus,
  note: string | undefined,
  assertAllowed: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<PayoutBatch> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: PayoutBatchStatus; requested_by_id: string }[]>`
      SELECT status, requested_by_id FROM payout_batches WHERE id = ${batchId} FOR UPDATE`;
    if (!row) throw batchRuleError("not_found");
    if (row.requested_by_id === actor.id) throw batchRuleError("own_batch");
    if (row.status !== "awaiting_approval") throw batchRuleError("not_awaiting_approval");
    await assertAllowed(tx);
    const batch = await tx.payoutBatch.update({
      where: { id: batchId },
      data: { status, decidedById: actor.id, decidedAt: new Date(), decisionNote: note?.trim() || null },
    });
    await recordAudit(tx, {
      actor,
      action: status === "rejected" ? "payout_batch.rejected" : "payout_batch.approved",
      target: { type: "payout_batch", id: batchId },
      ip,
      before: { status: row.status },
      after: { status, note: batch.decisionNote, total: Number(batch.total) },
    });
    await notifyChange(tx, { entity: "payout_batch", id: batchId, status });
    return batch;
  });
}
