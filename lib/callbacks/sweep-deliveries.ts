import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/settlement/verify-transaction";
import { processDelivery } from "./process-delivery";

/** A fresh delivery belongs to the request that stored it (processed right after the answer);
 * the sweeper only takes those left behind (crash, restart, deferred, failed). */
export const SWEEP_GRACE_MS = 10_000;
/** Deferred or failed deliveries are retried no more often than this. */
export const RETRY_AFTER_MS = 30_000;
/** A delivery still without a token after this long is flagged for a person. */
export const GIVE_UP_AFTER_MS = 7 * 24 * 3600_000;

/**
 * The durable half of callback processing: every delivery stored but left `received` or `error`
 * (the process died after answering, LigdiCash timed out, the token was not stored yet) is judged
 * again. Run by the background worker; safe on several instances at once (see processDelivery).
 */
export async function sweepDeliveries(db: PrismaClient, gateway: StatusGateway, options: { now?: Date; limit?: number; graceMs?: number; concurrency?: number } = {}): Promise<{ processed: number; expired: number }> {
  const now = options.now ?? new Date();
  const graceEdge = new Date(now.getTime() - (options.graceMs ?? SWEEP_GRACE_MS));
  const retryEdge = new Date(now.getTime() - RETRY_AFTER_MS);
  const expired = await db.callbackDelivery.updateMany({
    where: { outcome: "received", flagReason: "awaiting_creation_token", receivedAt: { lt: new Date(now.getTime() - GIVE_UP_AFTER_MS) } },
    data: { outcome: "flagged", flagReason: "creation_token_never_stored", processedAt: now },
  });
  const open = await db.callbackDelivery.findMany({
    where: {
      outcome: { in: ["received", "error"] },
      receivedAt: { lt: graceEdge },
      OR: [{ processedAt: null }, { processedAt: { lt: retryEdge } }],
    },
    orderBy: { receivedAt: "asc" },
    take: options.limit ?? 500,
    select: { id: true },
  });
  const queue = open.map((d) => d.id);
  const workers = Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      // One delivery failing (database hiccup) must not stop the others: it stays open for the next pass.
      await processDelivery(db, gateway, id, { now: () => now }).catch((error: unknown) => console.error(`[caisse] callback ${id}: sweep failed, retried next pass`, error));
    }
  });
  await Promise.all(workers);
  return { processed: open.length, expired: expired.count };
}
