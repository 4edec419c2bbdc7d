import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import { invoiceDisplayState, sumRefunds } from "./display-state";
import { invoiceDisplayStateIn } from "./display-state-sql";
import { getInvoice } from "./get-invoice";
import type { InvoiceDetailDto } from "./invoice-dto";

/**
 * Revokes the customer link: the pay page stops offering LigdiCash's payment page. Only a link
 * awaiting payment can be revoked, checked by the update itself (the display state's SQL twin):
 * of two revocations, or a revocation racing the verified payment, exactly one wins. The loser
 * gets a 409 saying why — already revoked, expired, paid — in the reader's words.
 */
export async function revokeInvoice(
  {
    db,
    actor,
    ip,
    publicUrl,
  }: Pick<OperationContext, "db" | "publicUrl"> & { actor: AuditActor; ip?: string | null },
  { invoiceId: id }: { invoiceId: string },
): Promise<InvoiceDetailDto> {
  await db.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.$executeRaw`
      UPDATE invoices i SET revoked_at = ${now}, updated_at = ${now}
      WHERE i.id = ${id} AND ${invoiceDisplayStateIn(["awaiting_payment"], now)}`;
    if (updated === 0) {
      const invoice = await tx.invoice.findUnique({
        where: { id },
        select: {
          status: true,
          expiresAt: true,
          revokedAt: true,
          totalAmount: true,
          refunds: { select: { amount: true, status: true } },
        },
      });
      if (!invoice) throw new AppError("not_found");
      const state = invoiceDisplayState(
        { ...invoice, refundedAmount: sumRefunds(invoice.refunds).refunded },
        now,
      );
      throw new AppError(
        "conflict",
        { reason: "not_awaiting_payment", state },
        { key: `invoices.revokeRefused.${state}` },
      );
    }
    await recordAudit(tx, {
      actor,
      action: "invoice.revoked",
      target: { type: "invoice", id },
      ip,
      after: { revokedAt: now.toISOString() },
    });
    await notifyChange(tx, { entity: "invoice", id });
  });
  return getInvoice(db, id, publicUrl);
}
