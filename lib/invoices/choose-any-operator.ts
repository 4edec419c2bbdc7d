import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openNextAttempt } from "./open-attempt";
import { sendInvoice, type InvoiceGateway } from "./send-invoice";

/** `changed`: a new LigdiCash page offering every operator; otherwise why nothing changed. */
export type ChooseOperatorResult =
  { kind: "changed" } | { kind: "not_preselected" | "opened" | "unavailable" };

type Locked = {
  id: string;
  status: string;
  channel: string;
  checkout_phone: string | null;
  checkout_opened_at: Date | null;
  gateway_token: string | null;
  payment_url: string | null;
  settled_at: Date | null;
  revoked_at: Date | null;
  expired: boolean;
};

/** Closed-attempt outcome of a page replaced before anyone opened it (not a LigdiCash status). */
export const REPLACED_OUTCOME = "replaced";

/**
 * "Payer avec un autre opérateur" on a link whose LigdiCash page was narrowed to the customer's
 * pre-selected number: a new LigdiCash invoice with `customer: ""` (every operator, docs/ligdicash-contract.md §4.1).
 *
 * LigdiCash cannot cancel an invoice, so the narrowed one is replaced only while it cannot have been
 * paid: its payment URL never leaves Caisse except through `/pay/…/go`, which marks the link opened
 * under the same row lock taken here. Once opened, the customer cancels on LigdiCash's page first
 * (a verified `notcompleted`) and "Réessayer" then offers the choice again. Concurrent clicks: the
 * row lock and the `pending` check let exactly one open the new attempt.
 */
export async function chooseAnyOperator(
  deps: { db: PrismaClient; gateway: InvoiceGateway; publicUrl: string },
  { publicId }: { publicId: string },
): Promise<ChooseOperatorResult> {
  const { db } = deps;
  const claimed = await db.$transaction(
    async (tx): Promise<ChooseOperatorResult & { attemptId?: string }> => {
      const [row] = await tx.$queryRaw<Locked[]>`
      SELECT id, status::text AS status, channel::text AS channel, checkout_phone, checkout_opened_at,
             gateway_token, payment_url, settled_at, revoked_at,
             (expires_at IS NOT NULL AND expires_at <= now()) AS expired
      FROM invoices WHERE public_id = ${publicId} FOR UPDATE`;
      if (!row || row.channel !== "hosted" || row.revoked_at || row.expired) return { kind: "unavailable" };
      if (!row.checkout_phone) return { kind: "not_preselected" };
      if (row.checkout_opened_at) return { kind: "opened" };
      if (row.status !== "pending") return { kind: "unavailable" };
      const attemptId = await openNextAttempt(tx, row, REPLACED_OUTCOME, { checkoutPhone: null });
      return { kind: "changed", attemptId };
    },
  );
  if (claimed.kind !== "changed" || !claimed.attemptId) return claimed;
  const invoice = await db.invoice.findFirstOrThrow({
    where: { publicId },
    include: { items: { orderBy: { position: "asc" } } },
  });
  await sendInvoice(db, deps.gateway, deps.publicUrl, invoice, undefined, claimed.attemptId);
  return { kind: "changed" };
}

/**
 * The payment URL of a link about to be sent to LigdiCash's page, marking it opened (from then on
 * its operator can no longer be changed by replacing it). Null when the link may not be paid now.
 * Takes the row lock chooseAnyOperator takes, so a page is never both replaced and opened.
 */
export async function openCheckout(db: PrismaClient, publicId: string): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; payment_url: string | null }[]>`
      SELECT id, payment_url FROM invoices
      WHERE public_id = ${publicId} AND status = 'pending' AND revoked_at IS NULL
        AND (expires_at IS NULL OR expires_at > now())
      FOR UPDATE`;
    if (!row?.payment_url) return null;
    await tx.$executeRaw`
      UPDATE invoices SET checkout_opened_at = coalesce(checkout_opened_at, now()) WHERE id = ${row.id}`;
    return row.payment_url;
  });
}
