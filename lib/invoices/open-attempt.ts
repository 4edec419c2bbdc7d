import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyChange } from "@/lib/live/notify-change";

/** Our transaction id for attempt `number` of an invoice (attempt 1 is the invoice's own id). */
export function attemptIdFor(invoiceId: string, number: number): string {
  return number === 1 ? invoiceId : `${invoiceId}-${number}`;
}

type Current = {
  id: string;
  gateway_token: string | null;
  payment_url: string | null;
  settled_at: Date | null;
};

/**
 * Closes the invoice's current LigdiCash invoice as an attempt (kept with its own token and the
 * `outcome` it closed with) and opens the next one, claimed `sending`. The caller holds the
 * invoice's row lock and has decided the current attempt can never be paid any more; the attempt
 * number is unique per invoice, so two concurrent callers cannot both open attempt n.
 * `next` is written on the invoice with the reset: what the new LigdiCash invoice is made with.
 */
export async function openNextAttempt(
  tx: Prisma.TransactionClient,
  row: Current,
  outcome: string,
  next: Prisma.InvoiceUpdateInput = {},
): Promise<string> {
  const open = await tx.paymentAttempt.findFirst({
    where: { invoiceId: row.id, outcome: null },
    select: { id: true, number: true },
  });
  const closed = {
    gatewayToken: row.gateway_token,
    paymentUrl: row.payment_url,
    outcome,
    closedAt: row.settled_at ?? new Date(),
  };
  // The attempt being closed: the open row, or — the first time — the invoice's original send.
  const current =
    open ??
    (await tx.paymentAttempt.create({
      data: { id: attemptIdFor(row.id, 1), invoiceId: row.id, number: 1, ...closed },
      select: { id: true, number: true },
    }));
  if (open) await tx.paymentAttempt.update({ where: { id: open.id }, data: closed });
  const number = current.number + 1;
  const attempt = await tx.paymentAttempt.create({
    data: { id: attemptIdFor(row.id, number), invoiceId: row.id, number },
    select: { id: true },
  });
  // The invoice row carries the current attempt: its LigdiCash facts start again from nothing.
  await tx.invoice.update({
    where: { id: row.id },
    data: {
      ...next,
      status: "sending",
      gatewayToken: null,
      paymentUrl: null,
      gatewayRequestId: null,
      operator: null,
      operatorName: null,
      payerPhone: null,
      failureCode: null,
      unknownGatewayStatus: null,
      checkoutOpenedAt: null,
      sentAt: null,
      settledAt: null,
      lastCheckedAt: null,
      nextCheckAt: null,
    },
  });
  await notifyChange(tx, { entity: "invoice", id: row.id, status: "sending" });
  return attempt.id;
}
