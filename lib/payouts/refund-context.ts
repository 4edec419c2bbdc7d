import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { DEAD_PAYOUT_STATUSES } from "@/lib/statuses";

export type RefundContext = {
  invoiceId: string;
  invoiceNumber: string;
  description: string;
  customerName: string;
  status: InvoiceStatus;
  paid: number;
  /** Refunds done or still in flight (every status except rejected, failed, notcompleted). */
  taken: number;
  remaining: number;
  payerPhone: string | null;
  operator: string | null;
};

/** What the refund form shows for an invoice. The server re-checks all of it under a lock. */
export async function getRefundContext(db: PrismaClient, invoiceId: string): Promise<RefundContext | null> {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice) return null;
  const taken = await db.payout.aggregate({
    where: { invoiceId, status: { notIn: [...DEAD_PAYOUT_STATUSES] } },
    _sum: { amount: true },
  });
  const sum = taken._sum.amount ?? 0;
  return {
    invoiceId,
    invoiceNumber: invoice.number,
    description: invoice.description,
    customerName: `${invoice.customerFirstname} ${invoice.customerLastname}`.trim(),
    status: invoice.status,
    paid: invoice.totalAmount,
    taken: sum,
    remaining: invoice.status === "completed" ? Math.max(0, invoice.totalAmount - sum) : 0,
    payerPhone: invoice.payerPhone,
    operator: invoice.operator,
  };
}
