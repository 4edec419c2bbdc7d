import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { CallbackFilters } from "./schemas";

/** Fifteen deliveries a page: each is a card of two verdicts, and on a phone thirty made a page ten thousand pixels tall. */
export const DELIVERIES_PAGE_SIZE = 15;

export type DeliveryRow = {
  id: string;
  kind: "payin" | "payout";
  receivedAt: string;
  contentType: string;
  sourceIp: string | null;
  body: string;
  claimedTransactionId: string | null;
  claimedStatus: string | null;
  claimedAmount: number | null;
  outcome: string;
  flagReason: string | null;
  verifiedStatus: string | null;
  verifiedAmount: number | null;
  processedAt: string | null;
  invoiceId: string | null;
  payoutId: string | null;
  /** The FAC-/VER- number of the invoice or payout it was matched to. */
  documentNumber: string | null;
  /** An earlier delivery claimed the same status for the same transaction (LigdiCash's second copy, a retry…). */
  isDuplicateCopy: boolean;
};

/** Newest first, keyset-paginated on (received_at, id). */
export async function listDeliveries(
  db: PrismaClient,
  filters: CallbackFilters,
): Promise<{ rows: DeliveryRow[]; nextCursor: string | null }> {
  const match = filters.cursor ? /^(.+)_([a-z0-9]+)$/.exec(filters.cursor) : null;
  const after = match ? { receivedAt: new Date(match[1]!), id: match[2]! } : null;
  const where: Prisma.CallbackDeliveryWhereInput = {
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.transaction ? { claimedTransactionId: filters.transaction } : {}),
    ...(after && !Number.isNaN(after.receivedAt.getTime())
      ? {
          OR: [
            { receivedAt: { lt: after.receivedAt } },
            { receivedAt: after.receivedAt, id: { lt: after.id } },
          ],
        }
      : {}),
  };
  const found = await db.callbackDelivery.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: DELIVERIES_PAGE_SIZE + 1,
    include: { invoice: { select: { number: true } }, payout: { select: { number: true } } },
  });
  const page = found.slice(0, DELIVERIES_PAGE_SIZE);
  const duplicates = await findDuplicateCopies(
    db,
    page.map((d) => d.id),
  );
  const last = page.at(-1);
  return {
    rows: page.map((d) => ({
      id: d.id,
      kind: d.kind,
      receivedAt: d.receivedAt.toISOString(),
      contentType: d.contentType,
      sourceIp: d.sourceIp,
      body: d.body,
      claimedTransactionId: d.claimedTransactionId,
      claimedStatus: d.claimedStatus,
      claimedAmount: d.claimedAmount,
      outcome: d.outcome,
      flagReason: d.flagReason,
      verifiedStatus: d.verifiedStatus,
      verifiedAmount: d.verifiedAmount,
      processedAt: d.processedAt?.toISOString() ?? null,
      invoiceId: d.invoiceId,
      payoutId: d.payoutId,
      documentNumber: d.invoice?.number ?? d.payout?.number ?? null,
      isDuplicateCopy: duplicates.has(d.id),
    })),
    nextCursor:
      found.length > DELIVERIES_PAGE_SIZE && last ? `${last.receivedAt.toISOString()}_${last.id}` : null,
  };
}

async function findDuplicateCopies(db: PrismaClient, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM callback_deliveries d
    WHERE d.id = ANY(${ids}) AND d.claimed_transaction_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM callback_deliveries e
      WHERE e.claimed_transaction_id = d.claimed_transaction_id
        AND e.claimed_status IS NOT DISTINCT FROM d.claimed_status
        AND (e.received_at, e.id) < (d.received_at, d.id))`;
  return new Set(rows.map((r) => r.id));
}
