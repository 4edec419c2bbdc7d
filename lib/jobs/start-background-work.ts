import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { findBatchesToSend, sendBatch } from "@/lib/payout-batches/send-batch";
import type { SendGateway } from "@/lib/payouts/send-payout";
import {
  batchJobOptions,
  PAYOUT_BATCH_QUEUE,
  PAYOUT_BATCH_QUEUE_OPTIONS,
  type PayoutBatchJob,
} from "./payout-batch-queue";
import type { MailServices } from "@/lib/mail/notify-staff";
import { startWebhookSender } from "@/lib/webhooks/webhook-sender";
import { runBackgroundPass } from "./run-background-pass";

export const BACKGROUND_QUEUE = "caisse-background";

export type BackgroundWork = { stop(): Promise<void> };

/**
 * Starts the background worker in this app process, on pg-boss (a PostgreSQL-backed queue) — the
 * embedded server included, which is a real PostgreSQL. A cron schedule enqueues one pass a minute
 * for the whole cluster (pg-boss dedups schedules across instances); the `stately` queue policy
 * keeps at most one pass running and one waiting; any instance may run it. One extra pass is sent
 * at start-up, so deliveries answered just before a crash are finished right after the restart.
 *
 * Bulk payouts go on a queue of their own, one job per batch, run by any instance; each pass
 * enqueues again every batch still `sending`, so a batch whose worker died (crash, restart)
 * carries on. Two workers on one batch are harmless: each line is claimed once (claim-line.ts).
 * Webhooks are sent by a sender of their own that polls the deliveries table (webhook-sender.ts).
 */
export async function startBackgroundWork(
  databaseUrl: string,
  db: PrismaClient,
  gateway: StatusGateway & SendGateway,
  { mail, batchConcurrency }: { mail: Omit<MailServices, "db">; batchConcurrency: number },
): Promise<BackgroundWork> {
  const pass = async () => {
    const result = await runBackgroundPass(db, gateway, mail);
    if (result.swept.processed || result.reconciled.checked)
      console.log(
        `[caisse] background pass: ${result.swept.processed} callback(s) finished, ${result.reconciled.checked} pending transaction(s) checked`,
      );
    for (const batchId of await findBatchesToSend(db))
      await boss.send(PAYOUT_BATCH_QUEUE, { batchId } satisfies PayoutBatchJob, batchJobOptions(batchId));
  };
  const boss = new PgBoss({ connectionString: databaseUrl, max: 3, application_name: "caisse-jobs" });
  boss.on("error", (error) => console.error("[caisse] job queue error", error));
  await boss.start();
  await boss.createQueue(BACKGROUND_QUEUE, {
    name: BACKGROUND_QUEUE,
    policy: "stately",
    retryLimit: 0,
    expireInSeconds: 600,
  });
  await boss.createQueue(PAYOUT_BATCH_QUEUE, PAYOUT_BATCH_QUEUE_OPTIONS);
  await boss.work<PayoutBatchJob>(PAYOUT_BATCH_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await sendBatch({ db, gateway }, { batchId: job.data.batchId, concurrency: batchConcurrency });
  });
  await boss.schedule(BACKGROUND_QUEUE, "* * * * *", {}, { tz: "UTC" });
  await boss.work(BACKGROUND_QUEUE, { pollingIntervalSeconds: 5 }, async () => pass());
  await boss.send(BACKGROUND_QUEUE, {});
  const webhooks = startWebhookSender(db);
  return {
    stop: () => {
      webhooks.stop();
      return boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
