import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db/client";
import { batcherFor } from "@/lib/db/batcher";
import { CHANGES_CHANNEL } from "@/lib/live/notify-change";
import type { Verdict } from "./decide-verdict";

/** Deliveries still to be judged: never processed, deferred (no token yet) or failed (retried). */
export const OPEN_OUTCOMES = ["received", "error"] as const;

export type VerdictWrite = { deliveryId: string; verdict: Verdict; at: Date; force: boolean };

// Announced only when nothing else is: applied/duplicate/still-pending verdicts go with an
// invoice or payout change the live pages already hear about (they refresh ["callbacks"] too).
// PostgreSQL serialises the commits of notifying transactions, so fewer NOTIFYs = more callbacks/s.
const QUIET_OUTCOMES = new Set<string>(["applied", "duplicate", "still_pending"]);

/** One statement for many verdicts: each is written only while its delivery is still open
 * (unless forced: a staff re-verification) and announced when written. Answers, per write,
 * whether it was written. */
export function verdictStatement(writes: VerdictWrite[]): Prisma.Sql {
  const change = ({ deliveryId, verdict }: VerdictWrite) =>
    QUIET_OUTCOMES.has(verdict.outcome) || verdict.deferred
      ? null
      : JSON.stringify({ entity: "callback", id: deliveryId, status: verdict.outcome });
  return Prisma.sql`
    WITH verdict AS (
      SELECT * FROM unnest(${writes.map((w) => w.deliveryId)}::text[], ${writes.map((w) => w.verdict.outcome)}::text[], ${writes.map((w) => w.verdict.flagReason)}::text[],
                           ${writes.map((w) => w.verdict.verifiedStatus)}::text[], ${writes.map((w) => w.verdict.verifiedAmount)}::int[],
                           ${writes.map((w) => w.at.toISOString())}::timestamptz[], ${writes.map((w) => w.verdict.invoiceId)}::text[],
                           ${writes.map((w) => w.verdict.payoutId)}::text[], ${writes.map((w) => w.force)}::boolean[], ${writes.map(change)}::text[])
        AS v(id, outcome, flag_reason, verified_status, verified_amount, at, invoice_id, payout_id, force, change)),
    updated AS (
      UPDATE callback_deliveries d SET
        outcome = v.outcome::"CallbackOutcome", flag_reason = v.flag_reason,
        verified_status = v.verified_status, verified_amount = v.verified_amount, processed_at = v.at,
        invoice_id = COALESCE(v.invoice_id, d.invoice_id), payout_id = COALESCE(v.payout_id, d.payout_id)
      FROM verdict v
      WHERE d.id = v.id AND (v.force OR d.outcome::text = ANY(${[...OPEN_OUTCOMES]}::text[]))
      RETURNING d.id, v.change)
    SELECT id, CASE WHEN change IS NOT NULL THEN pg_notify(${CHANGES_CHANNEL}, change)::text END AS notified FROM updated`;
}

async function writeVerdicts(db: PrismaClient, writes: VerdictWrite[]): Promise<boolean[]> {
  const written = new Set((await hotQuery<{ id: string }>(db, verdictStatement(writes))).map((r) => r.id));
  return writes.map((w) => written.has(w.deliveryId));
}

/** Records one verdict; concurrent verdicts (a burst of callbacks) share one statement. */
export function recordVerdict(db: PrismaClient, write: VerdictWrite): Promise<boolean> {
  return batcherFor(db, "callback-verdicts", (writes: VerdictWrite[]) => writeVerdicts(db, writes), {
    maxBatch: 200,
  }).submit(write);
}
