import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * `invoice.expired` for every link whose expiry passed while it still waited for its customer.
 * Expiry is a time, not a LigdiCash verdict, so no trigger sees it: this pass writes the event,
 * once per invoice (the outbox's unique (type, subject)), with the same emit function the triggers
 * use. Returns how many were new.
 */
export async function emitExpiredInvoices(db: PrismaClient, now = new Date()): Promise<number> {
  const [row] = await db.$queryRaw<[{ emitted: number }]>`
    WITH expired AS (
      SELECT i.id, i.number, i.total_amount, i.merchant_reference, i.metadata, i.expires_at FROM invoices i
      WHERE i.expires_at <= ${now} AND i.status IN ('pending', 'draft', 'sending', 'unknown')
        AND i.revoked_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM webhook_events ev WHERE ev.type = 'invoice.expired' AND ev.subject_id = i.id)
      LIMIT 500)
    SELECT count(caisse_webhook_emit('invoice.expired', id, jsonb_build_object(
      'id', id, 'object', 'invoice', 'number', number, 'status', 'expired', 'amount', total_amount, 'currency', 'XOF',
      'reference', merchant_reference, 'metadata', metadata, 'expired_at', expires_at)))::int AS emitted
    FROM expired`;
  return row?.emitted ?? 0;
}
