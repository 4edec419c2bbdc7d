import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PayoutStatus as PayoutState } from "@/lib/generated/prisma/enums";
import { PAYEES_ACCOUNT, operatorAccount } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import { notifyChange } from "@/lib/live/notify-change";
import type { PayoutStatus } from "@/lib/ligdicash/map-status";
import { payoutTransition, type Transition } from "./transitions";

export type PayoutSettlementResult = {
  result: Exclude<Transition["kind"], "apply"> | "applied" | "amount_mismatch" | "not_found";
  status: PayoutState | null;
};

/**
 * Applies a verified payout status (refund or standalone payout). Same guarantees as
 * applyVerifiedPayin: row lock, legal transitions only, ledger posted once in the same
 * transaction. A completed payout debits the sub-account of the recipient's operator — the one
 * LigdiCash takes the money from.
 */
export async function applyVerifiedPayout(db: PrismaClient, payoutId: string, verified: PayoutStatus, now = new Date()): Promise<PayoutSettlementResult> {
  return db.$transaction(async (tx) => {
    const [payout] = await tx.$queryRaw<{ status: PayoutState; amount: number; operator: string; reason: string }[]>`
      SELECT status, amount, operator, reason FROM payouts WHERE id = ${payoutId} FOR UPDATE`;
    if (!payout) return { result: "not_found", status: null };
    const transition = payoutTransition(payout.status, verified.status);
    if (transition.kind !== "apply") {
      if (transition.kind === "still_pending") await tx.payout.update({ where: { id: payoutId }, data: { lastCheckedAt: now } });
      return { result: transition.kind, status: payout.status };
    }
    if (transition.to === "completed" && verified.amount !== null && verified.amount !== payout.amount) {
      return { result: "amount_mismatch", status: payout.status };
    }
    await tx.payout.update({
      where: { id: payoutId },
      data: { status: transition.to, settledAt: now, lastCheckedAt: now, nextCheckAt: null, operatorName: verified.operatorName ?? undefined },
    });
    if (transition.to === "completed") {
      await postJournal(tx, {
        postingKey: `payout:${payoutId}:completed`,
        description: payout.reason,
        payoutId,
        postedAt: now,
        lines: [
          { account: operatorAccount(payout.operator), operator: payout.operator, amount: -payout.amount },
          { account: PAYEES_ACCOUNT, amount: payout.amount },
        ],
      });
      await notifyChange(tx, { entity: "ledger", id: payoutId });
    }
    await notifyChange(tx, { entity: "payout", id: payoutId, status: transition.to });
    return { result: "applied", status: transition.to };
  });
}
