import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getOperatorBalances } from "@/lib/ledger/get-operator-balances";
import { toPayoutDto, withPeople, type PayoutDto } from "./payout-dto";

export type PayoutDetail = {
  payout: PayoutDto;
  invoice: {
    id: string;
    number: string;
    description: string;
    totalAmount: number;
    customerName: string;
  } | null;
  /** The ledger's balance of the sub-account this payout debits (see operator-balances.ts): what a
   * manager reads before approving. LigdiCash's own figure may differ. */
  operatorBalance: number;
  exchanges: {
    id: string;
    operation: string;
    errorCode: string | null;
    durationMs: number | null;
    startedAt: string;
  }[];
  callbacks: {
    id: string;
    receivedAt: string;
    claimedStatus: string | null;
    outcome: string;
    verifiedStatus: string | null;
    flagReason: string | null;
  }[];
  ledger: { id: string; account: string; amount: number; postedAt: string }[];
  /** A later payout created from this one ("send to mobile money instead"). */
  fallbackId: string | null;
};

/** One payout with its story: what LigdiCash was asked and said, callbacks, ledger lines. */
export async function getPayoutDetail(db: PrismaClient, id: string): Promise<PayoutDetail | null> {
  const payout = await db.payout.findUnique({
    where: { id },
    include: {
      ...withPeople,
      invoice: {
        select: {
          id: true,
          number: true,
          description: true,
          totalAmount: true,
          customerFirstname: true,
          customerLastname: true,
        },
      },
    },
  });
  if (!payout) return null;
  const [exchanges, callbacks, entries, fallback, balances] = await Promise.all([
    db.gatewayExchange.findMany({ where: { payoutId: id }, orderBy: { startedAt: "asc" } }),
    db.callbackDelivery.findMany({ where: { payoutId: id }, orderBy: { receivedAt: "asc" } }),
    db.ledgerEntry.findMany({ where: { journal: { payoutId: id } }, orderBy: { id: "asc" } }),
    db.payout.findUnique({
      where: { idempotencyKey: `mobile-money-instead-of:${id}` },
      select: { id: true },
    }),
    getOperatorBalances(db),
  ]);
  const { invoice } = payout;
  return {
    payout: toPayoutDto(payout),
    invoice: invoice && {
      id: invoice.id,
      number: invoice.number,
      description: invoice.description,
      totalAmount: invoice.totalAmount,
      customerName: `${invoice.customerFirstname} ${invoice.customerLastname}`.trim(),
    },
    operatorBalance: Number(balances.find((b) => b.operator === payout.operator)?.balance ?? 0n),
    exchanges: exchanges.map((e) => ({
      id: e.id,
      operation: e.operation,
      errorCode: e.errorCode,
      durationMs: e.durationMs,
      // Not the raw answer: a creation answer carries the token, the one key to the payout's status.
      startedAt: e.startedAt.toISOString(),
    })),
    callbacks: callbacks.map((c) => ({
      id: c.id,
      receivedAt: c.receivedAt.toISOString(),
      claimedStatus: c.claimedStatus,
      outcome: c.outcome,
      verifiedStatus: c.verifiedStatus,
      flagReason: c.flagReason,
    })),
    ledger: entries.map((e) => ({
      id: e.id.toString(),
      account: e.account,
      amount: e.amount,
      postedAt: e.postedAt.toISOString(),
    })),
    fallbackId: fallback?.id ?? null,
  };
}
