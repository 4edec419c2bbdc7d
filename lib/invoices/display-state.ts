import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import { DEAD_PAYOUT_STATUSES, isIn } from "@/lib/statuses";

/**
 * What an invoice is, in the merchant's words: the one state staff pages show and filter by.
 * The gateway status (`InvoiceStatus`) says where LigdiCash stands; it does not know that a link
 * expired, was revoked, or that the money went back to the customer. Plain constants and a pure
 * function: safe in browser bundles. Its SQL twin is lib/invoices/display-state-sql.ts.
 */
export const INVOICE_DISPLAY_STATES = [
  "draft",
  "awaiting_payment",
  "expired",
  "revoked",
  "paid",
  "partially_refunded",
  "refunded",
  "not_completed",
] as const;

export type InvoiceDisplayState = (typeof INVOICE_DISPLAY_STATES)[number];

export type DisplayStateInput = {
  status: InvoiceStatus;
  expiresAt: Date | null;
  revokedAt: Date | null;
  totalAmount: number;
  /** The sum of the invoice's refunds LigdiCash confirmed paid out (payout status `completed`). */
  refundedAmount: number;
};

/**
 * The precedence, each rule only where the ones above did not decide:
 * 1. Paid: money that arrived is the fact that matters, even on a link revoked or expired after
 *    the customer opened LigdiCash's page; confirmed refunds then say how much went back.
 * 2. Revoked: the merchant closed the link for good; no retry and no later attempt can pay it.
 * 3. Not completed: LigdiCash's verdict (`notcompleted`) or its refusal at creation (`failed`).
 * 4. Draft: not handed to LigdiCash yet (`draft`, or the call in flight: `sending`).
 * 5. Awaiting payment, or expired once the link's date passed. `unknown` (the creation answer was
 *    lost) sits here with `pending`: it is no verdict, Caisse keeps asking LigdiCash
 *    (lib/statuses.ts INVOICE_AWAITING_VERDICT), and LigdiCash may still report it paid — calling it
 *    "not completed" would state a failure nobody verified and invite collecting twice.
 */
export function invoiceDisplayState(invoice: DisplayStateInput, now: Date = new Date()): InvoiceDisplayState {
  const { status } = invoice;
  if (status === "completed") {
    if (invoice.refundedAmount <= 0) return "paid";
    return invoice.refundedAmount >= invoice.totalAmount ? "refunded" : "partially_refunded";
  }
  if (invoice.revokedAt) return "revoked";
  if (status === "notcompleted" || status === "failed") return "not_completed";
  if (status === "draft" || status === "sending") return "draft";
  if (invoice.expiresAt && invoice.expiresAt.getTime() <= now.getTime()) return "expired";
  return "awaiting_payment";
}

/**
 * An invoice's refunds in two sums: `refunded`, confirmed paid out by LigdiCash (the only ones
 * that change the display state), and `refunding`, still on their way (awaiting approval, sending,
 * at LigdiCash, outcome unknown): not money back yet, but already counted against what may still
 * be refunded, exactly as the server's cap counts them (lib/payouts/refund-cap.ts).
 */
export function sumRefunds(refunds: readonly { amount: number; status: PayoutStatus }[]): {
  refunded: number;
  refunding: number;
} {
  let refunded = 0;
  let refunding = 0;
  for (const refund of refunds) {
    if (refund.status === "completed") refunded += refund.amount;
    else if (!isIn(DEAD_PAYOUT_STATUSES, refund.status)) refunding += refund.amount;
  }
  return { refunded, refunding };
}

export function isInvoiceDisplayState(value: unknown): value is InvoiceDisplayState {
  return (INVOICE_DISPLAY_STATES as readonly unknown[]).includes(value);
}
