import { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import type { InvoiceDisplayState } from "./display-state";

// The SQL twin of invoiceDisplayState (lib/invoices/display-state.ts), rule for rule in the same
// order, for the queries that filter or count by display state: the invoice list, the transaction
// history and its export, the overview, the revocation's conditional update. An integration test
// (display-state-sql.int.test.ts) checks both give the same answer for every combination.

/** `now` as a bound parameter, or the database clock when the caller has none to share. */
const clock = (now: Date | undefined) => (now ? Prisma.sql`${now}::timestamptz` : Prisma.sql`now()`);

/**
 * The display state of the invoice row `alias` (a code constant, never user input), as text.
 * Refunds confirmed paid out are summed only for completed invoices: CASE evaluates lazily, so
 * other rows cost no look-up (payouts are indexed by invoice_id).
 */
export function invoiceDisplayStateSql(now?: Date, alias = "i"): Prisma.Sql {
  const i = (column: string) => Prisma.raw(`${alias}.${column}`);
  const refunded = Prisma.sql`(SELECT COALESCE(SUM(refund.amount), 0) FROM payouts refund
    WHERE refund.invoice_id = ${i("id")} AND refund.status = 'completed')`;
  return Prisma.sql`(CASE
    WHEN ${i("status")} = 'completed' THEN
      (SELECT CASE WHEN r.amount <= 0 THEN 'paid'
                   WHEN r.amount >= ${i("total_amount")} THEN 'refunded'
                   ELSE 'partially_refunded' END
       FROM (SELECT ${refunded} AS amount) r)
    WHEN ${i("revoked_at")} IS NOT NULL THEN 'revoked'
    WHEN ${i("status")} IN ('notcompleted', 'failed') THEN 'not_completed'
    WHEN ${i("status")} IN ('draft', 'sending') THEN 'draft'
    WHEN ${i("expires_at")} IS NOT NULL AND ${i("expires_at")} <= ${clock(now)} THEN 'expired'
    ELSE 'awaiting_payment'
  END)`;
}

/**
 * The gateway statuses each display state can come from. Not a second definition of the states:
 * only a necessary condition, added beside the CASE so PostgreSQL can use the indexes on
 * `status` (a rare state is then not found by reading every invoice). Were it wrong, the
 * integration test's filter comparison would fail.
 */
const POSSIBLE_STATUSES: Record<InvoiceDisplayState, readonly InvoiceStatus[]> = {
  draft: ["draft", "sending"],
  awaiting_payment: ["pending", "unknown"],
  expired: ["pending", "unknown"],
  revoked: ["draft", "sending", "pending", "unknown", "notcompleted", "failed"],
  paid: ["completed"],
  partially_refunded: ["completed"],
  refunded: ["completed"],
  not_completed: ["notcompleted", "failed"],
};

/** A condition: the invoice row `alias` is in one of `states` (none given: no invoice matches). */
export function invoiceDisplayStateIn(
  states: readonly InvoiceDisplayState[],
  now?: Date,
  alias = "i",
): Prisma.Sql {
  if (states.length === 0) return Prisma.sql`FALSE`;
  const statuses = [...new Set(states.flatMap((state) => POSSIBLE_STATUSES[state]))];
  return Prisma.sql`(${Prisma.raw(`${alias}.status`)} IN (${Prisma.join(statuses)})
    AND ${invoiceDisplayStateSql(now, alias)} IN (${Prisma.join(states)}))`;
}
