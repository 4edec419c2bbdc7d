import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notifyChange } from "@/lib/live/notify-change";
import { sendClaimedPayout, type SendGateway, type SendHooks } from "@/lib/payouts/send-payout";
import { claimNextLine } from "./claim-line";

export type SendBatchOptions = {
  batchId: string;
  /** Lines in flight at once (PAYOUT_BATCH_CONCURRENCY). */
  concurrency: number;
  hooks?: SendHooks;
};

/**
 * Sends a batch's unsent lines, `concurrency` at a time, each through the single payout's send
 * (sendClaimedPayout: our id in custom_data, a refusal final, anything unclear `outcome_unknown`).
 * A line that fails does not stop the others. Any number of these may run on one batch, on any
 * instances (claim-line.ts). Stops when the batch is paused or cancelled or no line is left; then,
 * if every line has its payout, marks the batch `finished`. Returns how many lines it sent.
 */
export async function sendBatch(
  { db, gateway }: { db: PrismaClient; gateway: SendGateway },
  { batchId, concurrency, hooks }: SendBatchOptions,
): Promise<number> {
  const batch = await db.payoutBatch.findUnique({
    where: { id: batchId },
    select: { requestedById: true, requestedBy: { select: { email: true } } },
  });
  if (!batch) return 0;
  const actor = { id: batch.requestedById, email: batch.requestedBy.email };
  let sent = 0;
  const lane = async () => {
    for (;;) {
      const payoutId = await claimNextLine(db, batchId);
      if (!payoutId) return;
      sent++;
      try {
        await sendClaimedPayout({ db, gateway, actor }, { payoutId, hooks });
      } catch (error) {
        // Left `sending`: recovery makes it outcome_unknown, resolved by asking LigdiCash.
        console.error(`[caisse] batch ${batchId}: payout ${payoutId} not finished`, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  await finishIfAllSent(db, batchId);
  return sent;
}

async function finishIfAllSent(db: PrismaClient, batchId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const done = await tx.$executeRaw`
      UPDATE payout_batches SET status = 'finished', finished_at = now(), updated_at = now()
      WHERE id = ${batchId} AND status = 'sending'
        AND NOT EXISTS (SELECT 1 FROM payout_batch_lines WHERE batch_id = ${batchId} AND payout_id IS NULL)`;
    if (done > 0) await notifyChange(tx, { entity: "payout_batch", id: batchId, status: "finished" });
  });
}

/** Batches that still have lines to send (for the background pass to enqueue after a restart). */
export async function findBatchesToSend(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT b.id FROM payout_batches b WHERE b.status = 'sending'`;
  return rows.map((r) => r.id);
}
