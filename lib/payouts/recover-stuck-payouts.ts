import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { notifyChange } from "@/lib/live/notify-change";

/** How long a send may stay in flight before we assume the process died: the call timeout plus a margin. */
export function defaultStaleAfterMs(): number {
  return env().LIGDICASH_TIMEOUT_MS + 15_000;
}

/**
 * After a crash: a payout still in `sending` long after any call could have answered may or may
 * not have reached LigdiCash. It becomes `outcome_unknown` — resolved by its callback or by a
 * status query — and is never sent again (nothing moves a payout back to `approved`).
 * Safe to run anywhere, any number of times, on any instance.
 */
export async function recoverStuckPayouts(
  db: PrismaClient,
  staleAfterMs = defaultStaleAfterMs(),
): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE payouts SET status = 'outcome_unknown', updated_at = now()
      WHERE status = 'sending' AND send_started_at < now() - ${staleAfterMs} * interval '1 millisecond'
      RETURNING id`;
    for (const { id } of rows) await notifyChange(tx, { entity: "payout", id, status: "outcome_unknown" });
    return rows.map((r) => r.id);
  });
}
