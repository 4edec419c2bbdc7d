import type { OperationContext } from "@/lib/http/request-context";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";
import { verifyTransaction, type StatusGateway } from "@/lib/verification/verify-transaction";

/** Least time between two LigdiCash status queries for one invoice from pages that poll. */
export const CHECK_INTERVAL_MS = 4_000;

/**
 * Asks LigdiCash about a pending invoice unless someone did so less than `intervalMs` ago.
 * The claim is a conditional update on last_checked_at, so however many pages poll (customers,
 * staff, several app instances) an invoice costs at most one status query per interval.
 * A LigdiCash error is not the caller's problem: the invoice stays pending and is asked again later.
 */
export async function checkInvoiceIfDue(
  { db, gateway }: Pick<OperationContext, "db"> & { gateway: StatusGateway },
  { invoiceId: id, intervalMs = CHECK_INTERVAL_MS }: { invoiceId: string; intervalMs?: number },
): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE invoices SET last_checked_at = now()
    WHERE id = ${id} AND status = 'pending' AND gateway_token IS NOT NULL
      AND (last_checked_at IS NULL OR last_checked_at < now() - make_interval(secs => ${intervalMs / 1000}))`;
  if (claimed === 0) return false;
  try {
    await verifyTransaction(db, gateway, id, "invoice");
  } catch (error) {
    if (!(error instanceof LigdicashError)) throw error;
    console.warn("[caisse] invoice status check failed; will ask again", id, error.toJSON());
  }
  return true;
}
