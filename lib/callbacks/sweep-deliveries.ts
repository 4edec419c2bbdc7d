import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { processDelivery } from "./process-delivery";
import { processingLane } from "./processing-lane";

/** A fresh delivery belongs to the request that stored it (processed right after the answer);
 * the sweeper only takes those left behind (crash, restart, deferred, failed). */
export const SWEEP_GRACE_MS = 10_000;
/** Deferred or failed deliveries are retried no more often than this. */
export const RETRY_AFTER_MS = 30_000;
/** A delivery still without a token after this long is flagged for a person. */
export const GIVE_UP_AFTER_MS = 7 * 24 * 3600_000;

/** One pass keeps taking batches of open deliveries for at most this long (the next pass goes on). */
export const SWEEP_BUDGET_MS = 50_000;

type SweepOptions = { now?: Date; limit?: number; graceMs?: number; concurrency?: number; budgetMs?: number };

/**
 * The durable half of callback processing: every delivery stored but left `received` or `error`
 * (the process died after answering, the processing lane shed it under a burst, LigdiCash timed
 * out, the token was not stored yet) is judged again. Run by the background worker; safe on
 * several instances at once (see processDelivery). A pass takes batch after batch until none is
 * left or its time budget is spent, so a burst's backlog drains in one pass, not 500 a minute.
 */
export async function sweepDeliveries(
  db: PrismaClient,
  gateway: StatusGateway,
  options: SweepOptions = {},
): Promise<{ processed: number; expired: number }> {
  const started = Date.now();
  const now = () => options.now ?? new Date();
  const limit = options.limit ?? 500;
  const expired = await db.callbackDelivery.updateMany({
    where: {
      outcome: "received",
      flagReason: "awaiting_creation_token",
      receivedAt: { lt: new Date(now().getTime() - GIVE_UP_AFTER_MS) },
    },
    data: { outcome: "flagged", flagReason: "creation_token_never_stored", processedAt: now() },
  });
  let processed = 0;
  const seen = new Set<string>();
  for (;;) {
    const batch = await findOpenDeliveries(db, now(), limit, options.graceMs ?? SWEEP_GRACE_MS);
    // Only deliveries whose verdict could not even be written come back within one pass (the
    // database is failing): leave them to the next pass rather than spin on them.
    const queue = batch.filter((id) => !seen.has(id));
    if (queue.length === 0) break;
    for (const id of queue) seen.add(id);
    processed += queue.length;
    const workers = Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        // One delivery failing (database hiccup) must not stop the others: it stays open for the next pass.
        await processingLane
          .run(() => processDelivery(db, gateway, id, { now }))
          .catch((error: unknown) =>
            console.error(`[caisse] callback ${id}: sweep failed, retried next pass`, error),
          );
      }
    });
    await Promise.all(workers);
    // A delivery judged in this pass is no longer open, or was just retried (processed_at is now):
    // the next batch holds only deliveries not yet seen.
    if (batch.length < limit || Date.now() - started > (options.budgetMs ?? SWEEP_BUDGET_MS)) break;
  }
  return { processed, expired: expired.count };
}

async function findOpenDeliveries(
  db: PrismaClient,
  now: Date,
  limit: number,
  graceMs: number,
): Promise<string[]> {
  const open = await db.callbackDelivery.findMany({
    where: {
      outcome: { in: ["received", "error"] },
      receivedAt: { lt: new Date(now.getTime() - graceMs) },
      OR: [{ processedAt: null }, { processedAt: { lt: new Date(now.getTime() - RETRY_AFTER_MS) } }],
    },
    orderBy: { receivedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return open.map((d) => d.id);
}
