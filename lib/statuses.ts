import { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import type { PublicState } from "@/lib/invoices/public-invoice";

// Every state of an invoice and of a payout, read from the schema's enums, and the groups of them
// that rules speak of, named once: forms, filters, permissions and SQL (through Prisma.join) use
// these and never carry a list of their own. Plain constants: safe in browser bundles too.
export const INVOICE_STATUSES = Object.values(InvoiceStatus) as [InvoiceStatus, ...InvoiceStatus[]];
export const PAYOUT_STATUSES = Object.values(PayoutStatus) as [PayoutStatus, ...PayoutStatus[]];

const invoiceStates = <const S extends readonly InvoiceStatus[]>(...states: S): S => states;
const payoutStates = <const S extends readonly PayoutStatus[]>(...states: S): S => states;

/** LigdiCash's two verdicts, final at LigdiCash (docs/ligdicash-contract.md): paid, or definitely not. */
export const GATEWAY_VERDICTS = invoiceStates("completed", "notcompleted");

/** Invoice states that never change again. */
export const FINAL_INVOICE_STATUSES = invoiceStates(...GATEWAY_VERDICTS, "failed");
/** Payout states that never change again. */
export const FINAL_PAYOUT_STATUSES = payoutStates(...GATEWAY_VERDICTS, "failed", "rejected", "cancelled");

/** Invoices LigdiCash holds or may hold (handed over, or the creation answer lost): only its verdict moves them. */
export const INVOICE_AT_GATEWAY = invoiceStates("sending", "pending", "unknown");
/** Payouts LigdiCash holds or may hold: only its verdict (or a manager's resolution) moves them. */
export const PAYOUT_AT_GATEWAY = payoutStates("sending", "outcome_unknown", "pending");

/** Invoices LigdiCash accepted and has not judged yet: what reconciliation asks about. */
export const INVOICE_AWAITING_VERDICT = invoiceStates("pending", "unknown");
/** Payouts handed to LigdiCash and not judged yet (one still `sending` may not have reached it). */
export const PAYOUT_AWAITING_VERDICT = payoutStates("pending", "outcome_unknown");
/** Payouts whose LigdiCash call ran without its answer stored yet: the creation answer may still land. */
export const PAYOUT_CALL_UNANSWERED = payoutStates("sending", "outcome_unknown");

/** Payouts not final yet: waiting on a manager, on a send, or on LigdiCash. */
export const OPEN_PAYOUT_STATUSES = PAYOUT_STATUSES.filter((s) => !isIn(FINAL_PAYOUT_STATUSES, s));

/** Payouts that moved no money and never will (refused by a manager or LigdiCash, verified
 * failed, or withdrawn by their requester): a refund in one of these no longer counts against its
 * invoice's amount. */
export const DEAD_PAYOUT_STATUSES = payoutStates("rejected", "failed", "notcompleted", "cancelled");
/** Payouts that hold no money without a manager's decision: waiting for one, or dead. */
export const PAYOUT_NOT_CLEARED = payoutStates("awaiting_approval", ...DEAD_PAYOUT_STATUSES);

/** Invoices the staff pages keep asking about: their state may change any moment. */
export const MOVING_INVOICE_STATUSES = invoiceStates("draft", "sending", "pending");

/** What a customer's link says once nothing more can happen to the payment: the page stops asking. */
export const FINAL_PUBLIC_STATES = [
  "paid",
  "notcompleted",
  "revoked",
] as const satisfies readonly PublicState[];

/** Whether `status` belongs to `group` (any string: a status word from the wire is checked too). */
export function isIn<S extends string>(group: readonly S[], status: string): status is S {
  return (group as readonly string[]).includes(status);
}
