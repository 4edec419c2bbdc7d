import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

/** pg-boss queue of bulk payouts to send: one job per batch (lib/payout-batches/send-batch.ts). */
export const PAYOUT_BATCH_QUEUE = "caisse-payout-batches";

export type PayoutBatchJob = { batchId: string };

/** The queue's policy: per batch (singletonKey) at most one job running and one waiting. */
export const PAYOUT_BATCH_QUEUE_OPTIONS = {
  name: PAYOUT_BATCH_QUEUE,
  policy: "stately",
  retryLimit: 3,
  expireInSeconds: 3_600,
} as const;

export function batchJobOptions(batchId: string): PgBoss.SendOptions {
  return { singletonKey: batchId };
}

const globalForQueue = globalThis as typeof globalThis & { caissePayoutBatchSender?: Promise<PgBoss> };

/**
 * Asks any instance's worker to send a batch now. A sender of its own (no maintenance, no
 * schedules: the worker does those). When the queue cannot be reached, the background pass
 * finds the batch still `sending` within a minute and enqueues it then; nothing is lost.
 */
export async function enqueueBatch(batchId: string): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url) return;
  try {
    globalForQueue.caissePayoutBatchSender ??= (async () => {
      const boss = new PgBoss({
        connectionString: url,
        max: 1,
        supervise: false,
        schedule: false,
        migrate: false,
        application_name: "caisse-jobs-sender",
      });
      boss.on("error", (error) => console.error("[caisse] job queue error", error));
      return boss.start();
    })();
    const boss = await globalForQueue.caissePayoutBatchSender;
    await boss.send(PAYOUT_BATCH_QUEUE, { batchId } satisfies PayoutBatchJob, batchJobOptions(batchId));
  } catch (error) {
    globalForQueue.caissePayoutBatchSender = undefined;
    console.error(`[caisse] bulk payout ${batchId} not queued now; the background pass will`, error);
  }
}
