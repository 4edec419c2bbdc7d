import { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { DEAD_PAYOUT_STATUSES } from "@/lib/statuses";
import { payoutRuleError } from "./rule-error";

/**
 * What makes a refund more than a payout. A refund has no entry point of its own: it is a payout
 * intent with `purpose: "refund"` (same form, route, approval rules and at-most-once sending,
 * see request-payout.ts). What only a refund has is its cap: never more, in total, than the
 * customer paid on the invoice. Both steps run inside the intent's transaction.
 */
export type RefundedInvoice = {
  id: string;
  status: InvoiceStatus;
  total_amount: number;
  payer_phone: string | null;
};

/** Locks the invoice being refunded: concurrent refunds of it, on any instance, queue here. */
export async function lockRefundedInvoice(
  tx: Prisma.TransactionClient,
  invoiceId: string,
): Promise<RefundedInvoice> {
  const [invoice] = await tx.$queryRaw<RefundedInvoice[]>`
    SELECT id, status, total_amount, payer_phone FROM invoices WHERE id = ${invoiceId} FOR UPDATE`;
  if (!invoice) throw payoutRuleError("invoice_not_found");
  return invoice;
}

/**
 * Under the invoice lock: the refunds already made or in flight plus this one stay within what the
 * customer paid. Returns the verified payer's number (the default recipient).
 */
export async function assertRefundFits(
  tx: Prisma.TransactionClient,
  invoice: RefundedInvoice,
  amount: number,
): Promise<string | null> {
  if (invoice.status !== "completed") throw payoutRuleError("invoice_not_completed");
  const [taken] = await tx.$queryRaw<[{ sum: bigint }]>`
    SELECT COALESCE(SUM(amount), 0)::bigint AS sum FROM payouts
    WHERE invoice_id = ${invoice.id} AND status NOT IN (${Prisma.join(DEAD_PAYOUT_STATUSES)})`;
  const remaining = BigInt(invoice.total_amount) - taken.sum;
  if (BigInt(amount) > remaining)
    throw payoutRuleError("refund_exceeds", { remaining: Number(remaining < 0n ? 0n : remaining) });
  return invoice.payer_phone;
}
