import type { ApprovalReason, PayoutDestination, PayoutPurpose } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notifyChange } from "@/lib/live/notify-change";

type BatchRow = {
  purpose: PayoutPurpose;
  approval_reasons: ApprovalReason[];
  requested_by_id: string;
  decided_by_id: string | null;
  decided_at: Date | null;
};
type LineRow = {
  id: string;
  phone: string;
  operator: string;
  amount: number;
  reason: string;
  destination: PayoutDestination;
  top_up_wallet: number | null;
};

/**
 * Claims the next unsent line of a batch that is `sending`: ONE transaction creates its payout
 * already `sending` (the intent, stored before LigdiCash hears of it) and links it to the line.
 * - `FOR SHARE` on the batch: a pause or cancel (an UPDATE) waits for claims in flight and every
 *   later claim sees it, so nothing is claimed after a pause commits.
 * - `FOR UPDATE SKIP LOCKED` on the line, `payout_id IS NULL`, and the unique payout_id and
 *   idempotency key: two workers (or instances) never claim the same line; a line has one payout ever.
 * A crash after the commit leaves the payout `sending`: recoverStuckPayouts makes it
 * `outcome_unknown` and it is resolved by asking LigdiCash, never sent again.
 * Returns the payout's id, or null when there is nothing (more) to send.
 */
export async function claimNextLine(db: PrismaClient, batchId: string): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const [batch] = await tx.$queryRaw<BatchRow[]>`
      SELECT purpose, approval_reasons::text[] AS approval_reasons, requested_by_id, decided_by_id, decided_at
      FROM payout_batches WHERE id = ${batchId} AND status = 'sending' FOR SHARE`;
    if (!batch) return null;
    const [line] = await tx.$queryRaw<LineRow[]>`
      SELECT id, phone, operator, amount, reason, destination, top_up_wallet FROM payout_batch_lines
      WHERE batch_id = ${batchId} AND payout_id IS NULL
      ORDER BY line_number LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!line) return null;
    const payout = await tx.payout.create({
      data: {
        idempotencyKey: `batch-line:${line.id}`,
        purpose: batch.purpose,
        destination: line.destination,
        status: "sending",
        approvalReasons: batch.approval_reasons,
        amount: line.amount,
        reason: line.reason,
        recipientPhone: line.phone,
        recipientSource: "batch_file",
        operator: line.operator,
        topUpWallet: line.top_up_wallet,
        requestedById: batch.requested_by_id,
        decidedById: batch.decided_by_id,
        decidedAt: batch.decided_at,
      },
      select: { id: true },
    });
    // The database's clock, as recoverStuckPayouts compares with it.
    await tx.$executeRaw`UPDATE payouts SET send_started_at = now() WHERE id = ${payout.id}`;
    await tx.$executeRaw`UPDATE payout_batch_lines SET payout_id = ${payout.id} WHERE id = ${line.id}`;
    await notifyChange(tx, { entity: "payout", id: payout.id, status: "sending" });
    return payout.id;
  });
}
