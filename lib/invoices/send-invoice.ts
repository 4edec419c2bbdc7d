import type { Invoice, InvoiceItem, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { CALLBACK_PATH } from "@/lib/ligdicash/client";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { notifyChange } from "@/lib/live/notify-change";
import { withExchange } from "@/lib/verification/record-exchange";

export type InvoiceGateway = Pick<LigdicashClient, "createHostedPayin" | "createDirectPayin">;
export type DirectPayment = { payerPhone: string; otp?: string };

/** Caisse's own customer pages: never a URL taken from the request (no open redirect). */
export function customerUrls(publicUrl: string, publicId: string) {
  const base = publicUrl.replace(/\/+$/, "");
  return {
    payUrl: `${base}/pay/${publicId}`,
    returnUrl: `${base}/pay/${publicId}/return`,
    cancelUrl: `${base}/pay/${publicId}/cancel`,
    callbackUrl: `${base}${CALLBACK_PATH}`,
  };
}

/**
 * Hands a claimed (`sending`) invoice to LigdiCash, once. Only the request that won the
 * `draft → sending` claim gets here, so LigdiCash is called at most once per invoice.
 * - accepted → `pending` with the creation token (the only key for status queries) and payment URL;
 * - refused (a definite answer) → `failed`, reason code kept;
 * - no usable answer (timeout, 5xx, crash of the call) → `unknown`: never sent again.
 */
export async function sendInvoice(
  db: PrismaClient,
  gateway: InvoiceGateway,
  publicUrl: string,
  invoice: Invoice & { items: InvoiceItem[] },
  direct?: DirectPayment,
  attemptId = invoice.id,
): Promise<void> {
  const urls = customerUrls(publicUrl, invoice.publicId);
  const common = {
    // Our id in custom_data: the invoice's for its first LigdiCash invoice, the attempt's after a
    // retry (lib/invoices/retry-payment.ts), so a callback names the attempt it is about.
    transactionId: attemptId,
    amount: invoice.totalAmount,
    description: invoice.description,
    callbackUrl: urls.callbackUrl,
    items: invoice.items.map((i) => ({
      name: i.name,
      description: i.description,
      quantity: i.quantity,
      unitPrice: i.unitPrice,
    })),
    payer: {
      firstname: invoice.customerFirstname,
      lastname: invoice.customerLastname,
      email: invoice.customerEmail,
    },
  };
  // What is kept of the request for the invoice's story: never the OTP.
  const summary = {
    transactionId: attemptId,
    amount: invoice.totalAmount,
    channel: invoice.channel,
    callbackUrl: urls.callbackUrl,
    ...(direct
      ? { phone: direct.payerPhone }
      : { returnUrl: urls.returnUrl, cancelUrl: urls.cancelUrl, customer: invoice.checkoutPhone ?? "" }),
  };
  const link = { invoiceId: invoice.id };
  // The schema requires the payer's number for a direct payin; never fall back to a hosted one.
  if (invoice.channel === "direct" && !direct)
    return settle(db, invoice.id, { status: "failed", failureCode: "invalid_phone" });
  try {
    const created =
      invoice.channel === "direct" && direct
        ? await withExchange(db, "direct_payin", summary, link, async () => {
            const answer = await gateway.createDirectPayin({
              ...common,
              phone: direct.payerPhone,
              otp: direct.otp,
            });
            return { ...answer, paymentUrl: answer.redirectUrl };
          })
        : await withExchange(db, "hosted_payin", summary, link, () =>
            gateway.createHostedPayin({
              ...common,
              // The customer's pre-selected number, unless they chose another operator on the pay page.
              customerPhone: invoice.checkoutPhone ?? undefined,
              returnUrl: urls.returnUrl,
              cancelUrl: urls.cancelUrl,
            }),
          );
    await settle(db, invoice.id, {
      status: "pending",
      gatewayToken: created.token,
      paymentUrl: created.paymentUrl,
      sentAt: new Date(),
      nextCheckAt: new Date(Date.now() + 60_000),
    });
  } catch (error) {
    const definite = error instanceof LigdicashError && !error.outcomeUnknown;
    const failureCode = error instanceof LigdicashError ? error.code : "unexpected";
    if (!(error instanceof LigdicashError))
      console.error("[caisse] invoice creation call failed unexpectedly", invoice.id, error);
    await settle(db, invoice.id, {
      status: definite ? "failed" : "unknown",
      failureCode,
      sentAt: new Date(),
    });
  }
}

async function settle(
  db: PrismaClient,
  id: string,
  data: Prisma.InvoiceUpdateManyMutationInput & { status: InvoiceStatus },
) {
  await db.$transaction(async (tx) => {
    // Conditional: only the claimed send may record its outcome.
    const updated = await tx.invoice.updateMany({ where: { id, status: "sending" }, data });
    if (updated.count === 1) await notifyChange(tx, { entity: "invoice", id, status: data.status });
  });
}
