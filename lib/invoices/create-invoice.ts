import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import { assertSameRequest } from "@/lib/idempotency/request-fingerprint";
import { normalizePhone } from "@/lib/phone";
import type { InvoiceInput } from "./schemas";
import { sendInvoice, type InvoiceGateway } from "./send-invoice";
import { idempotentBody, storeDraft } from "./store-draft";

export type CreatedInvoice = {
  id: string;
  publicId: string;
  status: string;
  failureCode: string | null;
  replayed: boolean;
};

/**
 * When the outcome is `unknown` (timeout, 5xx, unreadable answer, crash while sending):
 * - Nothing is sent again, ever, for that invoice: the retry with the same key answers the same
 *   `unknown` invoice. LigdiCash has no lookup by our id, and without the creation token we
 *   cannot ask it; a callback carrying our id in custom_data.transaction_id is the only way the
 *   truth can still arrive (handled by lib/callbacks).
 * - Hosted: no payment URL came back, so the customer link cannot be paid (its page says
 *   "unavailable") and no money can move. Staff create a new invoice — the detail page offers
 *   one prefilled with the same customer and items (`/invoices/new?from=<id>`).
 * - Direct: the push/OTP may have reached the customer's phone. The page tells staff to ask the
 *   customer whether they were charged before collecting again.
 *
 * Creates an invoice and its LigdiCash payin. Stored first (`draft`), then claimed with a
 * conditional update `draft → sending`: of any number of concurrent requests carrying the same
 * idempotency key, one stores it, one claims it and only that one calls LigdiCash; the others
 * answer the same invoice in whatever state it has reached (or 422 when their body differs).
 */
export async function createInvoice(
  ctx: Pick<OperationContext, "db" | "actor" | "publicUrl"> & { gateway: InvoiceGateway; ip?: string | null },
  input: InvoiceInput,
): Promise<CreatedInvoice> {
  const { db, actor, ip } = ctx;
  const draft = await storeDraft(db, actor, input, ip);
  // An idempotency key is a form's own: another person's key never reveals their invoice.
  if (draft.createdById !== actor.id) throw new AppError("conflict");
  // The same key with another body is another request: refused, never answered with this invoice.
  assertSameRequest(draft.requestHash, idempotentBody(input));
  const claimed = await db.invoice.updateMany({
    where: { id: draft.id, status: "draft" },
    data: { status: "sending" },
  });
  if (claimed.count === 1) {
    const invoice = await db.invoice.findUniqueOrThrow({
      where: { id: draft.id },
      include: { items: { orderBy: { position: "asc" } } },
    });
    const phone = normalizePhone(input.payerPhone ?? "");
    const direct =
      input.channel === "direct" && phone.ok
        ? { payerPhone: phone.value, otp: input.otp?.replace(/\s/g, "") }
        : undefined;
    await sendInvoice(db, ctx.gateway, ctx.publicUrl, invoice, direct);
  }
  const current = await db.invoice.findUniqueOrThrow({
    where: { id: draft.id },
    select: { id: true, publicId: true, status: true, failureCode: true },
  });
  return { ...current, replayed: claimed.count === 0 };
}
