import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ligdicash } from "@/lib/ligdicash";
import { configuredMailer } from "@/lib/mail/mailer";
import type { MailServices } from "@/lib/mail/notify-staff";
import { startBackgroundWork } from "./start-background-work";

const globalForJobs = globalThis as typeof globalThis & { caisseJobsStarted?: boolean };

/** Called once per app process by instrumentation.ts. Never throws: the app serves pages even
 * when the worker cannot start (it says so in the log; deliveries stay stored for the next start). */
export async function registerWorker(translate: MailServices["translate"]): Promise<void> {
  if (globalForJobs.caisseJobsStarted) return;
  globalForJobs.caisseJobsStarted = true;
  const {
    DATABASE_URL: url,
    CAISSE_BACKGROUND_WORKER: enabled,
    PAYOUT_BATCH_CONCURRENCY: batchConcurrency,
  } = env();
  if (!url || enabled === "off") return;
  try {
    const work = await startBackgroundWork(url, db(), ligdicash(), {
      mail: { mailer: configuredMailer(), translate },
      batchConcurrency,
    });
    console.log("[caisse] background worker started");
    const stop = () => void work.stop().catch(() => undefined);
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    globalForJobs.caisseJobsStarted = false;
    console.error("[caisse] background worker could not start", error);
  }
}
