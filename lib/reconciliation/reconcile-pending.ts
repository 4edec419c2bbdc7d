import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { verifyTransaction, type StatusGateway } from "@/lib/verification/verify-transaction";
import { INVOICE_AWAITING_VERDICT, PAYOUT_AT_GATEWAY } from "@/lib/statuses";
import { nextCheckAt } from "./check-schedule";

/** While a claimed row is being checked, no other instance takes it (lease). */
const LEASE_MS = 2 * 60_000;
/** A transaction is first asked about one minute after it was sent (its callback usually comes first). */
const FIRST_CHECK_MS = 60_000;

type Claimed = { id: string; since: Date };

/**
 * Re-asks LigdiCash about every invoice and payout still pending whose check is due, so that a
 * callback that never comes is not a lost payment. Rows are claimed with SKIP LOCKED and a lease
 * on next_check_at, so several instances (or a slow run overlapping the next) share the work
 * without asking twice; the settlement itself is idempotent anyway.
 */
export async function reconcilePending(
  db: PrismaClient,
  gateway: StatusGateway,
  options: { now?: Date; limit?: number } = {},
): Promise<{ checked: number; settled: number; failed: number }> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 100;
  const lease = new Date(now.getTime() + LEASE_MS);
  const firstEdge = new Date(now.getTime() - FIRST_CHECK_MS);
  const invoices = await db.$queryRaw<Claimed[]>`
    UPDATE invoices SET next_check_at = ${lease} WHERE id IN (
      SELECT id FROM invoices
      WHERE status IN (${Prisma.join(INVOICE_AWAITING_VERDICT)}) AND gateway_token IS NOT NULL
        AND (next_check_at <= ${now} OR (next_check_at IS NULL AND COALESCE(sent_at, created_at) <= ${firstEdge}))
      ORDER BY next_check_at NULLS FIRST LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, COALESCE(sent_at, created_at) AS since`;
  const payouts = await db.$queryRaw<Claimed[]>`
    UPDATE payouts SET next_check_at = ${lease} WHERE id IN (
      SELECT id FROM payouts
      WHERE status IN (${Prisma.join(PAYOUT_AT_GATEWAY)}) AND gateway_token IS NOT NULL
        AND (next_check_at <= ${now} OR (next_check_at IS NULL AND COALESCE(sent_at, send_started_at, created_at) <= ${firstEdge}))
      ORDER BY next_check_at NULLS FIRST LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, COALESCE(sent_at, send_started_at, created_at) AS since`;
  let settled = 0;
  let failed = 0;
  const check = async (kind: "invoice" | "payout", row: Claimed) => {
    try {
      const result = await verifyTransaction(db, gateway, row.id, kind);
      if (result.result === "applied" && !result.coalesced) settled += 1;
    } catch {
      failed += 1; // LigdiCash unreachable: the schedule below asks again later.
    }
    const next = nextCheckAt(row.since, now);
    if (kind === "invoice")
      await db.invoice.updateMany({
        where: { id: row.id, status: { in: [...INVOICE_AWAITING_VERDICT] } },
        data: { nextCheckAt: next },
      });
    else
      await db.payout.updateMany({
        where: { id: row.id, status: { in: [...PAYOUT_AT_GATEWAY] } },
        data: { nextCheckAt: next },
      });
  };
  for (const row of invoices) await check("invoice", row);
  for (const row of payouts) await check("payout", row);
  return { checked: invoices.length + payouts.length, settled, failed };
}
