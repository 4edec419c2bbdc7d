import type { PrismaClient } from "@/lib/generated/prisma/client";
import { invoiceDisplayState, sumRefunds } from "@/lib/invoices/display-state";

const person = { select: { id: true, name: true, email: true } } as const;

async function findSubject(db: PrismaClient, id: string) {
  const invoice = await db.invoice.findUnique({
    where: { id },
    include: { createdBy: person, items: { orderBy: { position: "asc" } } },
  });
  if (invoice) return { kind: "payin" as const, invoice };
  const payout = await db.payout.findUnique({
    where: { id },
    include: {
      requestedBy: person,
      decidedBy: person,
      invoice: { select: { id: true, number: true, description: true, totalAmount: true } },
    },
  });
  if (payout)
    return { kind: payout.purpose === "refund" ? ("refund" as const) : ("payout" as const), payout };
  return null;
}

/**
 * The whole story of one invoice or payout: who created it, every exchange with LigdiCash, every
 * callback and what verification found, refunds and their approvals, the ledger postings and the
 * audit trail. null when no invoice or payout has this id.
 */
export async function getTransaction(db: PrismaClient, id: string) {
  if (id.length > 64) return null;
  const subject = await findSubject(db, id);
  if (!subject) return null;
  const link = subject.kind === "payin" ? { invoiceId: id } : { payoutId: id };
  const [exchanges, callbacks, refunds, journals, audit] = await Promise.all([
    db.gatewayExchange.findMany({ where: link, orderBy: { startedAt: "asc" } }),
    db.callbackDelivery.findMany({ where: link, orderBy: { receivedAt: "asc" } }),
    subject.kind === "payin"
      ? db.payout.findMany({
          where: { invoiceId: id },
          orderBy: { createdAt: "asc" },
          include: { requestedBy: person, decidedBy: person },
        })
      : Promise.resolve([]),
    db.ledgerJournal.findMany({
      where: link,
      orderBy: { postedAt: "asc" },
      include: { entries: { orderBy: { id: "asc" } } },
    }),
    db.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" }, take: 200 }),
  ]);
  const story = { exchanges, callbacks, refunds, journals, audit };
  if (subject.kind !== "payin") return { ...subject, ...story };
  // A payin reads as its invoice's display state, as in the history list and the export.
  const displayState = invoiceDisplayState({
    ...subject.invoice,
    refundedAmount: sumRefunds(refunds).refunded,
  });
  return { ...subject, invoice: { ...subject.invoice, displayState }, ...story };
}

export type TransactionDetail = NonNullable<Awaited<ReturnType<typeof getTransaction>>>;
