import type { PayoutStatus as PayoutState } from "@/lib/generated/prisma/enums";
import { PAYEES_ACCOUNT, operatorAccount } from "@/lib/ledger/accounts";
import type { PayoutStatus } from "@/lib/ligdicash/map-status";
import type { Plan } from "./apply-verified";
import { planMove } from "./plan-move";
import type { SettlementRow } from "./settlement-row";
import { payoutTransition } from "./transitions";

/**
 * What a verified payout status (refund or standalone payout) means for it. A completed payout
 * debits the sub-account of the recipient's operator — the one LigdiCash takes the money from.
 */
export function planPayout(payout: Extract<SettlementRow, { kind: "payout" }>, verified: PayoutStatus, at: Date): Plan<PayoutState> {
  return planMove(payout, payoutTransition(payout.status, verified.status), verified, at, () => ({
    details: { operatorName: verified.operatorName },
    lines: [
      { account: operatorAccount(payout.operator), operator: payout.operator, amount: -payout.amount },
      { account: PAYEES_ACCOUNT, amount: payout.amount },
    ],
  }));
}
