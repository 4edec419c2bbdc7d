import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openNextAttempt } from "./open-attempt";
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
    const attemptId = await openNextAttempt(tx, row, row.status);
    return { kind: "retried", attemptId };
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
 * A closed attempt was verified not completed before it was closed (LigdiCash's final word), or
 * replaced before its page was ever opened (lib/invoices/choose-any-operator.ts), so it is never
 * asked about again and never moves the invoice, whose token is now another attempt's.
 */
export async function findAttempt(db: PrismaClient, transactionId: string) {
  return db.paymentAttempt.findUnique({
    where: { id: transactionId },
    select: { invoiceId: true, outcome: true, invoice: { select: { totalAmount: true } } },
  });
}
