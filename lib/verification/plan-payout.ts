import type { PayoutStatus as PayoutState } from "@/lib/generated/prisma/enums";
import type { PayoutStatus } from "@/lib/ligdicash/map-status";
import { planMove } from "./plan-move";
import { payoutTransition } from "./transitions";
import type { Plan, SettlementRow } from "./types";

/**
 * What a verified payout status (refund or standalone payout) means for it. A completed payout
 * is booked on the sub-account of the recipient's operator — the one LigdiCash takes the money from.
 */
export function planPayout(
  payout: Extract<SettlementRow, { kind: "payout" }>,
  verified: PayoutStatus,
  at: Date,
): Plan<PayoutState> {
  return planMove(payout, payoutTransition(payout.status, verified.status), verified, at, () => ({
    details: { operatorName: verified.operatorName },
    completed: {
      kind: "payout_completed",
      payoutId: payout.id,
      operator: payout.operator,
      amount: payout.amount,
      description: payout.description,
    },
  }));
}
