import type { Invoice, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { fingerprintRequest } from "@/lib/idempotency/request-fingerprint";
import { normalizePhone } from "@/lib/phone";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { checkoutPhoneFor } from "./checkout-operator";
import { invoiceTotal, type InvoiceInput } from "./schemas";

function phoneOrNull(text: string | undefined): string | null {
  if (!text) return null;
  const result = normalizePhone(text);
  return result.ok ? result.value : null;
}

/**
 * The request an invoice's idempotency key stands for. The OTP is left out: it is never kept, not
 * even hashed (a 6-digit code is found again from its hash in an instant).
 */
export function idempotentBody(input: InvoiceInput): InvoiceInput {
  return { ...input, otp: undefined };
}

/**
 * Stores the invoice as `draft` with its items and the audit record, or — when the idempotency key
 * is already taken (double submit, retry, a concurrent request) — answers the invoice stored under
 * it. The unique index on idempotency_key decides between concurrent requests, across instances.
 */
export async function storeDraft(
  db: PrismaClient,
  actor: AuditActor & { id: string },
  input: InvoiceInput,
  ip?: string | null,
): Promise<Invoice> {
  const totalAmount = invoiceTotal(input.items);
  const customerPhone =
    input.channel === "direct" ? phoneOrNull(input.payerPhone) : phoneOrNull(input.customerPhone);
  try {
    return await db.$transaction(async (tx) => {
      const invoice = await tx.invoice.create({
        data: {
          idempotencyKey: input.idempotencyKey,
          requestHash: fingerprintRequest(idempotentBody(input)),
          channel: input.channel,
          totalAmount,
          description: input.description,
          merchantReference: input.merchantReference ?? null,
          metadata: input.metadata ?? {},
          customerFirstname: input.customerFirstname,
          customerLastname: input.customerLastname,
          customerEmail: input.customerEmail,
          customerPhone,
          checkoutPhone: checkoutPhoneFor(input.channel, customerPhone),
          expiresAt: input.expiresAt ?? null,
          createdById: actor.id,
          items: {
            create: input.items.map((item, position) => ({
              position,
              name: item.name,
              description: item.description,
              quantity: item.quantity,
              unitPrice: item.unitPrice,
              totalPrice: item.quantity * item.unitPrice,
            })),
          },
        },
      });
      await recordAudit(tx, {
        actor,
        action: "invoice.created",
        target: { type: "invoice", id: invoice.id },
        ip,
        after: {
          channel: invoice.channel,
          totalAmount,
          customerEmail: invoice.customerEmail,
          merchantReference: invoice.merchantReference,
          expiresAt: invoice.expiresAt?.toISOString() ?? null,
        },
      });
      return invoice;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.invoice.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (!existing) throw error;
    return existing;
  }
}
