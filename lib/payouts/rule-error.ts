import { AppError, type ErrorCode } from "@/lib/http/app-error";

/** Business rules a payout request can break, each with its field and a message in payouts.json `rules`. */
export type PayoutRule =
  | "phone_invalid"
  | "phone_mismatch"
  | "operator_unknown"
  | "operator_not_supported"
  | "no_payer_phone"
  | "refund_needs_invoice"
  | "invoice_not_found"
  | "invoice_not_completed"
  | "refund_exceeds"
  | "keep_in_wallet_required"
  | "idempotency_reused"
  | "own_request"
  | "not_own_request"
  | "not_cancellable"
  | "not_awaiting_approval"
  | "not_found"
  | "fallback_not_possible"
  | "manual_resolution_not_possible";

const FIELD: Partial<Record<PayoutRule, string>> = {
  phone_invalid: "recipient.phone",
  phone_mismatch: "recipient.phoneConfirm",
  operator_unknown: "recipient.phone",
  operator_not_supported: "recipient.phone",
  no_payer_phone: "recipient.source",
  refund_needs_invoice: "invoiceId",
  invoice_not_completed: "invoiceId",
  refund_exceeds: "amount",
  keep_in_wallet_required: "keepInWallet",
};

const STATUS: Partial<Record<PayoutRule, ErrorCode>> = {
  invoice_not_found: "not_found",
  not_found: "not_found",
  own_request: "forbidden",
  not_own_request: "forbidden",
  not_cancellable: "conflict",
  idempotency_reused: "conflict",
  not_awaiting_approval: "conflict",
  fallback_not_possible: "conflict",
  manual_resolution_not_possible: "conflict",
};

/** The rule's message; a refund with nothing left says so in words of its own, not "at most 0 FCFA". */
function messageKey(rule: PayoutRule, amounts: Record<string, number>): string {
  return rule === "refund_exceeds" && amounts.remaining === 0 ? "refund_nothing_left" : rule;
}

/**
 * The broken rule as an AppError: a field error (422) or the rule's own status. Its words
 * (payouts.json `rules`, amounts formatted for the reader) are made at the edge, from the rule's
 * key and amounts; `details` carries the rule and the amounts for clients.
 */
export function payoutRuleError(rule: PayoutRule, amounts: Record<string, number> = {}): AppError {
  const field = FIELD[rule];
  const text = { key: `payouts.rules.${messageKey(rule, amounts)}`, amounts, field: field ?? "" };
  return new AppError(field ? "validation_failed" : (STATUS[rule] ?? "conflict"), { rule, ...amounts }, text);
}
