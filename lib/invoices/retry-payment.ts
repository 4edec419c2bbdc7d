import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notifyChange } from "@/lib/live/notify-change";
import { sendInvoice, type InvoiceGateway } from "./send-invoice";

/** Why a retry did nothing: the link was paid, an attempt is already open, or it may not be paid. */
export type RetryResult =
  { kind: "retried"; attemptId: string } | { kind: "paid" | "in_flight" | "unavailable" | "not_found" };

type Locked = {
  id: string;
  status: string;
  channel: string;
  gateway_token: string | null;
  payment_url: string | null;
  settled_at: Date | null;
  revoked_at: Date | null;
  expired: boolean;
};

/** Our transaction id for attempt `number` of an invoice (attempt 1 is the invoice's own id). */
export function attemptIdFor(invoiceId: string, number: number): string {
  return number === 1 ? invoiceId : `${invoiceId}-${number}`;
}

/**
 * "Réessayer" on a customer link whose LigdiCash invoice ended not completed (cancelled on the
 * hosted page, refused): a NEW LigdiCash invoice for the same link, the old one kept in
 * payment_attempts with its own token. Only a VERIFIED `notcompleted` can be retried — LigdiCash's
 * final state, so the old attempt can never be paid after this — and never a paid link.
 *
 * The claim `notcompleted → sending` is made under the invoice's row lock, and the new attempt's
 * number is unique per invoice: of any number of concurrent clicks exactly one opens an attempt
 * and calls LigdiCash; the others find it `sending`/`pending` (in flight). The ledger is untouched
 * here: it posts once per invoice (posting key `invoice:<id>:completed`), when an attempt is verified paid.
 */
export async function retryPayment(
  deps: { db: PrismaClient; gateway: InvoiceGateway; publicUrl: string },
  { publicId }: { publicId: string },
): Promise<RetryResult> {
  const { db } = deps;
  const claimed = await db.$transaction(async (tx): Promise<RetryResult> => {
    const [row] = await tx.$queryRaw<Locked[]>`
      SELECT id, status::text AS status, channel::text AS channel, gateway_token, payment_url, settled_at, revoked_at,
             (expires_at IS NOT NULL AND expires_at <= now()) AS expired
      FROM invoices WHERE public_id = ${publicId} FOR UPDATE`;
    if (!row) return { kind: "not_found" };
    if (row.status === "completed") return { kind: "paid" };
    if (row.status === "sending" || row.status === "pending") return { kind: "in_flight" };
    // A direct payin needs the customer's number and OTP again: staff create a new one.
    if (row.status !== "notcompleted" || row.channel !== "hosted" || row.revoked_at || row.expired)
      return { kind: "unavailable" };
    const open = await tx.paymentAttempt.findFirst({
      where: { invoiceId: row.id, outcome: null },
      select: { id: true, number: true },
    });
    const closed = {
      gatewayToken: row.gateway_token,
      paymentUrl: row.payment_url,
      outcome: row.status,
      closedAt: row.settled_at ?? new Date(),
    };
    // The attempt being closed: the open row, or — on the first retry — the invoice's original send.
    const current =
      open ??
      (await tx.paymentAttempt.create({
        data: { id: attemptIdFor(row.id, 1), invoiceId: row.id, number: 1, ...closed },
        select: { id: true, number: true },
      }));
    if (open) await tx.paymentAttempt.update({ where: { id: open.id }, data: closed });
    const next = current.number + 1;
    const attempt = await tx.paymentAttempt.create({
      data: { id: attemptIdFor(row.id, next), invoiceId: row.id, number: next },
      select: { id: true },
    });
    // The invoice row carries the current attempt: its LigdiCash facts start again from nothing.
    await tx.invoice.update({
      where: { id: row.id },
      data: {
        status: "sending",
        gatewayToken: null,
        paymentUrl: null,
        gatewayRequestId: null,
        operator: null,
        operatorName: null,
        payerPhone: null,
        failureCode: null,
        unknownGatewayStatus: null,
        sentAt: null,
        settledAt: null,
        lastCheckedAt: null,
        nextCheckAt: null,
      },
    });
    await notifyChange(tx, { entity: "invoice", id: row.id, status: "sending" });
    return { kind: "retried", attemptId: attempt.id };
  });
  if (claimed.kind !== "retried") return claimed;
  const invoice = await db.invoice.findFirstOrThrow({
    where: { publicId },
    include: { items: { orderBy: { position: "asc" } } },
  });
  await sendInvoice(db, deps.gateway, deps.publicUrl, invoice, undefined, claimed.attemptId);
  return claimed;
}

/**
 * Which invoice a callback's transaction id is about, and whether it names a CLOSED attempt.
 * A closed attempt was verified not completed before it was closed (LigdiCash's final word), so
 * it is never asked about again and never moves the invoice, whose token is now another attempt's.
 */
export async function findAttempt(db: PrismaClient, transactionId: string) {
  return db.paymentAttempt.findUnique({
    where: { id: transactionId },
    select: { invoiceId: true, outcome: true, invoice: { select: { totalAmount: true } } },
  });
}
