import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { startWebhookSender } from "@/lib/webhooks/webhook-sender";
import type { MailServices } from "@/lib/mail/notify-staff";
import { runBackgroundPass } from "./run-background-pass";

export const BACKGROUND_QUEUE = "caisse-background";

export type BackgroundWork = { stop(): Promise<void> };

/**
 * Starts the background worker in this app process, on pg-boss (a PostgreSQL-backed queue) — the
 * embedded server included, which is a real PostgreSQL. A cron schedule enqueues one pass a minute
 * for the whole cluster (pg-boss dedups schedules across instances); the `stately` queue policy
 * keeps at most one pass running and one waiting; any instance may run it. One extra pass is sent
 * at start-up, so deliveries answered just before a crash are finished right after the restart.
 */
export async function startBackgroundWork(
  databaseUrl: string,
  db: PrismaClient,
  gateway: StatusGateway,
  mail: Omit<MailServices, "db">,
): Promise<BackgroundWork> {
  const pass = async () => {
    const result = await runBackgroundPass(db, gateway, mail);
    if (result.swept.processed || result.reconciled.checked)
      console.log(
        `[caisse] background pass: ${result.swept.processed} callback(s) finished, ${result.reconciled.checked} pending transaction(s) checked`,
      );
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
