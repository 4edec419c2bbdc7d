import type { PayoutBatch } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import type { Translate } from "@/lib/i18n/schema-text";
import type { AmountLimits } from "@/lib/ligdicash/amount-limits";
import { notifyChange } from "@/lib/live/notify-change";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { findApprovalReasons } from "@/lib/payouts/approval-rules";
import { getAvailableOperatorBalances } from "@/lib/payouts/operator-balances";
import { sumSentWithoutApproval } from "@/lib/payouts/sent-without-approval";
import { getApprovalSettings } from "@/lib/settings/approval-settings";
import { batchRuleError } from "./batch-rule-error";
import { lockBatchFunds } from "./lock-batch-funds";
import { insufficientOperators } from "./operator-shortfall";
import { checkBatchFile, totalsByOperator } from "./preview-batch";
import type { CreateBatchInput } from "./schemas";

/**
 * Stores a batch and its lines in one transaction, only when every line of the file is payable:
 * a file with errors stores nothing, so fixing it and uploading again leaves nothing half-made.
 * The server checks the file again (never the browser's preview). One decision for the whole
 * batch: the single payout's approval rules applied to its total (approval-rules.ts), under the
 * requester's row lock as single payouts do. A batch cleared without approval starts `sending`
 * unless an operator's total exceeds what its sub-account has left (see decide-batch.ts).
 */
export async function createBatch(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  input: CreateBatchInput,
  limits: AmountLimits,
  t: Translate,
): Promise<{ batch: PayoutBatch; created: boolean }> {
  const existing = await findSameBatch(db, actor.id, input.idempotencyKey);
  if (existing) return { batch: existing, created: false };
  const lines = checkBatchFile(input.file, limits, t);
  const invalid = lines.filter((l) => l.errors.length > 0).length;
  if (invalid > 0) throw batchRuleError("lines_invalid", { count: invalid });
  if (!input.acceptDuplicates && lines.some((l) => l.sameAs.length > 0))
    throw batchRuleError("duplicates_unconfirmed");
  const total = lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);
  try {
    const batch = await db.$transaction(
      async (tx) => {
        const settings = await getApprovalSettings(tx);
        await tx.$queryRaw`SELECT id FROM users WHERE id = ${actor.id} FOR NO KEY UPDATE`;
        const sentWithoutApproval = await sumSentWithoutApproval(tx, actor.id);
        const approvalReasons = findApprovalReasons(
          { amount: total, sentWithoutApproval, refundToOtherNumber: false },
          settings,
        );
        // Nobody will look at it again before it sends: the money has to be there now, not
        // already promised to payouts and batches on their way (read under the funds lock).
        if (approvalReasons.length === 0) {
          await lockBatchFunds(tx);
          const available = await getAvailableOperatorBalances(tx);
          const shortfall = insufficientOperators(totalsByOperator(lines, available));
          if (shortfall.length > 0)
            throw batchRuleError("balance_insufficient", {}, { operators: shortfall });
        }
        const created = await tx.payoutBatch.create({
          data: {
            idempotencyKey: input.idempotencyKey,
            fileName: input.fileName,
            purpose: input.purpose,
            status: approvalReasons.length > 0 ? "awaiting_approval" : "sending",
            total: BigInt(total),
            lineCount: lines.length,
            approvalReasons,
            requestedById: actor.id,
          },
        });
        await tx.payoutBatchLine.createMany({
          data: lines.map((l) => ({
            batchId: created.id,
            lineNumber: l.line,
            phone: l.phone,
            operator: l.operator ?? "",
            amount: l.amount ?? 0,
            name: l.name,
            reason: l.reason,
            destination: l.destination ?? "mobile_money",
            topUpWallet: l.destination === "wallet" ? (l.keepInWallet ? 1 : 0) : null,
          })),
        });
        await recordAudit(tx, {
          actor,
          action: "payout_batch.requested",
          target: { type: "payout_batch", id: created.id },
          ip,
          after: { total, lines: lines.length, status: created.status, approvalReasons, sentWithoutApproval },
        });
        await notifyChange(tx, { entity: "payout_batch", id: created.id, status: created.status });
        return created;
      },
      { maxWait: 20_000, timeout: 60_000 },
    );
    return { batch, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findSameBatch(db, actor.id, input.idempotencyKey);
      if (winner) return { batch: winner, created: false };
    }
    throw error;
  }
}

async function findSameBatch(
  db: OperationContext["db"],
  requesterId: string,
  idempotencyKey: string,
): Promise<PayoutBatch | null> {
  const batch = await db.payoutBatch.findUnique({ where: { idempotencyKey } });
  if (batch && batch.requestedById !== requesterId) throw batchRuleError("idempotency_reused");
  return batch;
}
