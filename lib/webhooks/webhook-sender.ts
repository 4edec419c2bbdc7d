import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DELIVERY_BATCH, deliverDue } from "./deliver-due";

/** How often the sender looks for due deliveries: an event reaches the shop within a fraction of a
 * second of the verified change, for one indexed query a quarter-second when nothing is due. */
const POLL_MS = 250;

/**
 * Sends webhooks in the background process. The deliveries table is the queue (claims with SKIP
 * LOCKED and a lease): every instance may run a sender, a crash mid-send leaves the delivery to be
 * taken again once its lease ends, and nothing is lost by a restart.
 */
export function startWebhookSender(db: PrismaClient): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // A full batch means more may be due: keep going until a pass comes back short.
      while ((await deliverDue(db)).attempted === DELIVERY_BATCH);
    } catch (error) {
      console.error("[caisse] webhook delivery pass failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), POLL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
