import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OPERATORS, maskPhone } from "@/lib/phone";
import { isIn, PAYOUT_NOT_CLEARED } from "@/lib/statuses";

/** Where a refund's customer page lives: public, unguessable (32 random characters), under /pay/. */
export const refundPath = (refundId: string) => `/pay/refund/${refundId}`;

/**
 * What the customer may read about a refund, from Caisse's verified states only:
 * - `in_progress`: cleared to send (by the rules or a manager), on its way or at LigdiCash;
 * - `received`: LigdiCash verified the payout completed;
 * - `not_paid`: LigdiCash refused it or verified it failed: no money reached the customer.
 * A refund still waiting for a manager, or rejected, has no customer page: it is not a promise yet.
 */
export type RefundState = "in_progress" | "received" | "not_paid";

export type RefundStatus = {
  state: RefundState;
  amount: number;
  /** "Orange Money", or null for money kept in a LigdiCash wallet. */
  operatorName: string | null;
  /** e.g. "76 •• •• 01": the link may be forwarded. */
  phone: string;
  /** ISO date the payout was verified completed. */
  receivedAt: string | null;
};

type Row = {
  status: string;
  amount: number;
  operator: string;
  recipientPhone: string;
  destination: string;
  topUpWallet: number | null;
  settledAt: Date | null;
};

export function refundState(status: string): RefundState | null {
  if (isIn(PAYOUT_NOT_CLEARED, status))
    return status === "failed" || status === "notcompleted" ? "not_paid" : null;
  return status === "completed" ? "received" : "in_progress";
}

function toStatus(row: Row): RefundStatus | null {
  const state = refundState(row.status);
  if (!state) return null;
  const inWallet = row.destination === "wallet" && row.topUpWallet === 1;
  return {
    state,
    amount: row.amount,
    operatorName: inWallet ? null : (OPERATORS.find((o) => o.code === row.operator)?.name ?? null),
    phone: maskPhone(row.recipientPhone),
    receivedAt: state === "received" ? (row.settledAt?.toISOString() ?? null) : null,
  };
}

const rowSelect = {
  status: true,
  amount: true,
  operator: true,
  recipientPhone: true,
  destination: true,
  topUpWallet: true,
  settledAt: true,
} as const;

/** The refund behind a public id, as the customer may read it; null when unknown or not shown. */
export async function findRefundStatus(db: PrismaClient, refundId: string): Promise<RefundStatus | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(refundId)) return null;
  const link = await db.refundLink.findUnique({
    where: { publicId: refundId },
    select: { payout: { select: { ...rowSelect, purpose: true } } },
  });
  if (!link || link.payout.purpose !== "refund") return null;
  return toStatus(link.payout);
}

/**
 * The refunds of the invoice behind a receipt that the customer may follow, each with its public
 * id (made on first need: one link per refund, its primary key, so concurrent readers agree).
 */
export async function refundsOfReceipt(
  db: PrismaClient,
  receiptId: string,
): Promise<(RefundStatus & { refundId: string })[]> {
  const refunds = await db.payout.findMany({
    where: { purpose: "refund", invoice: { receipt: { publicId: receiptId } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, ...rowSelect, refundLink: { select: { publicId: true } } },
  });
  const shown = [];
  for (const refund of refunds) {
    const status = toStatus(refund);
    if (!status) continue;
    const refundId = refund.refundLink?.publicId ?? (await ensureRefundLink(db, refund.id));
    shown.push({ ...status, refundId });
  }
  return shown;
}

async function ensureRefundLink(db: PrismaClient, payoutId: string): Promise<string> {
  const [made] = await db.$queryRaw<{ public_id: string }[]>`
    INSERT INTO refund_links (payout_id, public_id) VALUES (${payoutId}, ${newRefundId()})
    ON CONFLICT (payout_id) DO NOTHING
    RETURNING public_id`;
  if (made) return made.public_id;
  // Made by a concurrent reader: a new statement sees its committed row.
  const found = await db.refundLink.findUniqueOrThrow({ where: { payoutId }, select: { publicId: true } });
  return found.publicId;
}

function newRefundId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Buffer.from(bytes).toString("base64url");
}
