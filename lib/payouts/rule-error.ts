import en from "@/messages/en/payouts.json";
import fr from "@/messages/fr/payouts.json";
import type { Locale } from "@/i18n/config";
import { AppError, type ErrorCode } from "@/lib/http/app-error";
import { formatXof } from "@/lib/money";

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
  idempotency_reused: "conflict",
  not_awaiting_approval: "conflict",
  fallback_not_possible: "conflict",
  manual_resolution_not_possible: "conflict",
};

const RULES: Record<Locale, Record<string, string>> = { fr: fr.rules, en: en.rules };

/** The staff-facing text of a broken rule (amounts formatted for the locale). */
export function payoutRuleMessage(
  rule: PayoutRule,
  locale: Locale,
  values: Record<string, number> = {},
): string {
  const template = RULES[locale][rule] ?? rule;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    values[name] === undefined ? "" : formatXof(values[name], locale),
  );
}

/** Throws the broken rule as an AppError: a field error (422) or the rule's own status. */
export function payoutRuleError(
  rule: PayoutRule,
  locale: Locale,
  values: Record<string, number> = {},
): AppError {
  const message = payoutRuleMessage(rule, locale, values);
  const field = FIELD[rule];
  if (field)
    return new AppError("validation_failed", { rule, fields: [{ path: field, message }], ...values });
  // The wire message is the generic one of the status code; `fields[0]` carries the specific text for the UI.
  return new AppError(STATUS[rule] ?? "conflict", { rule, fields: [{ path: "", message }], ...values });
}
