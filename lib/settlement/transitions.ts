import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import type { GatewayStatus } from "@/lib/ligdicash/map-status";

/** States that never change again (LigdiCash: completed and notcompleted are final). */
export const FINAL_INVOICE_STATUSES: readonly InvoiceStatus[] = ["completed", "notcompleted", "failed"];
export const FINAL_PAYOUT_STATUSES: readonly PayoutStatus[] = ["completed", "notcompleted", "failed", "rejected"];

/** States in which LigdiCash holds the transaction (we have its token, or may have sent it). */
const AWAITING_INVOICE: readonly InvoiceStatus[] = ["sending", "pending", "unknown"];
const AWAITING_PAYOUT: readonly PayoutStatus[] = ["sending", "outcome_unknown", "pending"];

export type Transition =
  | { kind: "apply"; to: GatewayStatus } // a legal move to a final state
  | { kind: "still_pending" } // LigdiCash still says pending: nothing to do
  | { kind: "already_applied" } // final already, and LigdiCash agrees (duplicate)
  | { kind: "conflict" } // final already, and LigdiCash now says something else: never applied
  | { kind: "not_sent" }; // we have not handed it to LigdiCash: nothing can be verified

function decide<S extends string>(current: S, verified: GatewayStatus, finals: readonly S[], awaiting: readonly S[]): Transition {
  if (finals.includes(current)) return current === verified ? { kind: "already_applied" } : { kind: "conflict" };
  if (!awaiting.includes(current)) return { kind: "not_sent" };
  return verified === "pending" ? { kind: "still_pending" } : { kind: "apply", to: verified };
}

export function payinTransition(current: InvoiceStatus, verified: GatewayStatus): Transition {
  return decide(current, verified, FINAL_INVOICE_STATUSES, AWAITING_INVOICE);
}

export function payoutTransition(current: PayoutStatus, verified: GatewayStatus): Transition {
  return decide(current, verified, FINAL_PAYOUT_STATUSES, AWAITING_PAYOUT);
}
