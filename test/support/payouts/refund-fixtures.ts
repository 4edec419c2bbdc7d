import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RequestPayoutInput } from "@/lib/payouts/schemas";

/** A paid invoice as the settlement code leaves it (completed, payer number from the verified status). */
export function createPaidInvoice(
  db: PrismaClient,
  createdById: string,
  amount: number,
  payerPhone = "22676000001",
) {
  return db.invoice.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      status: "completed",
      totalAmount: amount,
      description: "Commande",
      customerFirstname: "Awa",
      customerLastname: "O",
      customerEmail: "a@b.bf",
      createdById,
      payerPhone,
      operator: "orange_bf",
      settledAt: new Date(),
    },
  });
}

/** A refund of `amount` to the payer's LigdiCash wallet. */
export const refundInput = (
  invoiceId: string,
  amount: number,
  extra: Partial<RequestPayoutInput> = {},
): RequestPayoutInput => ({
  idempotencyKey: crypto.randomUUID(),
  invoiceId,
  purpose: "refund",
  amount,
  reason: "Article défectueux",
  destination: "wallet",
  keepInWallet: true,
  recipient: { source: "verified_payer" },
  ...extra,
});
