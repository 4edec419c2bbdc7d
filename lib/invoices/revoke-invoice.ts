import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import { GATEWAY_VERDICTS } from "@/lib/statuses";
import { getInvoice } from "./get-invoice";
import type { InvoiceDetailDto } from "./invoice-dto";

/**
 * Revokes the customer link: the pay page stops offering LigdiCash's payment page. Conditional
 * update, so two revocations record one audit entry; a paid invoice cannot be revoked (refund it).
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
    const updated = await tx.invoice.updateMany({
      where: { id, revokedAt: null, status: { notIn: [...GATEWAY_VERDICTS] } },
      data: { revokedAt: now },
    });
    if (updated.count === 0) {
      const invoice = await tx.invoice.findUnique({ where: { id }, select: { revokedAt: true } });
      if (!invoice) throw new AppError("not_found");
      if (invoice.revokedAt) return; // already revoked: same outcome, nothing more to record
      throw new AppError("conflict", { reason: "invoice_final" });
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
