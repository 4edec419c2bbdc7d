import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import type { GatewayStatus } from "@/lib/ligdicash/map-status";
import {
  FINAL_INVOICE_STATUSES,
  FINAL_PAYOUT_STATUSES,
  INVOICE_AT_GATEWAY,
  PAYOUT_AT_GATEWAY,
  isIn,
} from "@/lib/statuses";

export type Transition =
  | { kind: "apply"; to: GatewayStatus } // a legal move to a final state
  | { kind: "still_pending" } // LigdiCash still says pending: nothing to do
  | { kind: "already_applied" } // final already, and LigdiCash agrees (duplicate)
  | { kind: "conflict" } // final already, and LigdiCash now says something else: never applied
  | { kind: "not_sent" }; // we have not handed it to LigdiCash: nothing can be verified

function decide<S extends string>(
  current: S,
  verified: GatewayStatus,
  finals: readonly S[],
  awaiting: readonly S[],
): Transition {
  if (isIn(finals, current)) return current === verified ? { kind: "already_applied" } : { kind: "conflict" };
  if (!isIn(awaiting, current)) return { kind: "not_sent" };
  return verified === "pending" ? { kind: "still_pending" } : { kind: "apply", to: verified };
}

export function payinTransition(current: InvoiceStatus, verified: GatewayStatus): Transition {
  return decide(current, verified, FINAL_INVOICE_STATUSES, INVOICE_AT_GATEWAY);
}

export function payoutTransition(current: PayoutStatus, verified: GatewayStatus): Transition {
  return decide(current, verified, FINAL_PAYOUT_STATUSES, PAYOUT_AT_GATEWAY);
}
