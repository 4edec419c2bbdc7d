import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** How far a batch is, in the words of its page: each line counted once by its payout's state. */
export type BatchProgress = {
  lines: number;
  /** Handed to the send (a payout exists). */
  sent: number;
  /** Verified paid out. */
  paid: number;
  /** In flight or accepted by LigdiCash, not verified yet. */
  inProgress: number;
  /** Refused by LigdiCash or verified failed. */
  refused: number;
  /** Answer lost: resolved by asking LigdiCash, never sent again. */
  unknown: number;
  /** Not handed to the send yet (or never will be, once cancelled). */
  notSent: number;
};

export async function batchProgress(db: Pick<PrismaClient, "$queryRaw">, batchIds: string[]) {
  const result = new Map<string, BatchProgress>();
  if (batchIds.length === 0) return result;
  const rows = await db.$queryRaw<
    {
      batch_id: string;
      lines: number;
      sent: number;
      paid: number;
      in_progress: number;
      refused: number;
      unknown: number;
    }[]
  >`
    SELECT l.batch_id, count(*)::int AS lines, count(p.id)::int AS sent,
      count(*) FILTER (WHERE p.status = 'completed')::int AS paid,
      count(*) FILTER (WHERE p.status IN ('approved', 'sending', 'pending'))::int AS in_progress,
      count(*) FILTER (WHERE p.status IN ('failed', 'notcompleted', 'rejected', 'cancelled'))::int AS refused,
      count(*) FILTER (WHERE p.status = 'outcome_unknown')::int AS unknown
    FROM payout_batch_lines l LEFT JOIN payouts p ON p.id = l.payout_id
    WHERE l.batch_id IN (${Prisma.join(batchIds)}) GROUP BY l.batch_id`;
  for (const r of rows)
    result.set(r.batch_id, {
      lines: r.lines,
      sent: r.sent,
      paid: r.paid,
      inProgress: r.in_progress,
      refused: r.refused,
      unknown: r.unknown,
      notSent: r.lines - r.sent,
    });
  return result;
}
