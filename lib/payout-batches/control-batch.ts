import type { PayoutBatch } from "@/lib/generated/prisma/client";
import type { PayoutBatchStatus } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditAction } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import { batchRuleError, type BatchRule } from "./batch-rule-error";

type Control = {
  from: readonly PayoutBatchStatus[];
  to: PayoutBatchStatus;
  refusal: BatchRule;
  action: AuditAction;
};

const CONTROLS = {
  pause: { from: ["sending"], to: "paused", refusal: "not_pausable", action: "payout_batch.paused" },
  resume: { from: ["paused"], to: "sending", refusal: "not_resumable", action: "payout_batch.resumed" },
  cancel: {
    from: ["awaiting_approval", "sending", "paused"],
    to: "cancelled",
    refusal: "not_cancellable",
    action: "payout_batch.cancelled",
  },
} as const satisfies Record<string, Control>;

export type BatchControl = keyof typeof CONTROLS;

/**
 * Pause, resume or cancel. The update takes the batch row's lock, which every line claim holds
 * in share mode (claim-line.ts): once this commits, no further line is claimed, and the lines
 * already claimed go on to their end untouched (never called back, never sent twice).
 */
export async function controlBatch(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  { batchId, control }: { batchId: string; control: BatchControl },
): Promise<PayoutBatch> {
  const { from, to, refusal, action } = CONTROLS[control];
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: PayoutBatchStatus }[]>`
      SELECT status FROM payout_batches WHERE id = ${batchId} FOR UPDATE`;
    if (!row) throw batchRuleError("not_found");
    if (!(from as readonly PayoutBatchStatus[]).includes(row.status)) throw batchRuleError(refusal);
    const batch = await tx.payoutBatch.update({ where: { id: batchId }, data: { status: to } });
    await recordAudit(tx, {
      actor,
      action,
      target: { type: "payout_batch", id: batchId },
      ip,
      before: { status: row.status },
      after: { status: to },
    });
    await notifyChange(tx, { entity: "payout_batch", id: batchId, status: to });
    return batch;
  });
}
