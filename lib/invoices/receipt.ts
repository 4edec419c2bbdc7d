import type { PrismaClient } from "@/lib/generated/prisma/client";
import { invoiceReference } from "./invoice-reference";

/** Where a paid invoice's receipt lives: public, unguessable (32 random characters), under /pay/. */
export const receiptPath = (receiptId: string) => `/pay/receipt/${receiptId}`;

/**
 * The receipt id of a VERIFIED paid invoice, made on first need (idempotent: one receipt per
 * invoice, its primary key). Null for any invoice not completed — a receipt is never a claim.
 */
export async function ensureReceipt(db: PrismaClient, invoiceId: string): Promise<string | null> {
  const [made] = await db.$queryRaw<{ public_id: string }[]>`
    INSERT INTO payment_receipts (invoice_id, public_id)
    SELECT id, ${newReceiptId()} FROM invoices WHERE id = ${invoiceId} AND status = 'completed'
    ON CONFLICT (invoice_id) DO NOTHING
    RETURNING public_id`;
  if (made) return made.public_id;
  // Already made — perhaps by a concurrent caller whose row this statement's snapshot could not
  // see: a new statement reads it committed.
  const [found] = await db.$queryRaw<{ public_id: string }[]>`
    SELECT r.public_id FROM payment_receipts r JOIN invoices i ON i.id = r.invoice_id
    WHERE r.invoice_id = ${invoiceId} AND i.status = 'completed'`;
  return found?.public_id ?? null;
}

function newReceiptId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Buffer.from(bytes).toString("base64url");
}

export type Receipt = {
  reference: string;
  description: string;
  amount: number;
  items: { name: string; quantity: number; unitPrice: number; totalPrice: number }[];
  operatorName: string | null;
  operator: string | null;
  payerPhone: string | null;
  ligdicashReference: string | null;
  paidAt: string;
};

/** The receipt behind a public id — only while its invoice is verified paid (null otherwise). */
export async function findReceipt(db: PrismaClient, receiptId: string): Promise<Receipt | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(receiptId)) return null;
  const found = await db.paymentReceipt.findUnique({
    where: { publicId: receiptId },
    select: {
      invoice: {
        select: {
          status: true,
          publicId: true,
          number: true,
          description: true,
          totalAmount: true,
          operator: true,
          operatorName: true,
          payerPhone: true,
          gatewayRequestId: true,
          settledAt: true,
          items: {
            orderBy: { position: "asc" },
            select: { name: true, quantity: true, unitPrice: true, totalPrice: true },
          },
        },
      },
    },
  });
  const invoice = found?.invoice;
  if (invoice?.status !== "completed" || !invoice.settledAt) return null;
  return {
    reference: invoiceReference(invoice),
    description: invoice.description,
    amount: invoice.totalAmount,
    items: invoice.items,
    operator: invoice.operator,
    operatorName: invoice.operatorName,
    // Only the last digits: the receipt may be forwarded.
    payerPhone: invoice.payerPhone ? `•••• ${invoice.payerPhone.slice(-2)}` : null,
    ligdicashReference: invoice.gatewayRequestId,
    paidAt: invoice.settledAt.toISOString(),
  };
}
