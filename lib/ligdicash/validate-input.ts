import { checkMobileMoneyPhone, type Operator } from "@/lib/phone";
import { findAmountBreach, type AmountLimits } from "./amount-limits";
import type { EndpointKey } from "./endpoints";
import type { GatewayErrorCode } from "./error-codes";
import { createGatewayError } from "./errors";
import type { InvoiceItem } from "./types";

/**
 * Checks made before anything is sent. They throw the same typed errors LigdiCash's own refusals
 * map to, with `outcomeUnknown: false` and no sub-code: nothing left the server. Pure.
 */

function refuse(endpoint: EndpointKey, code: GatewayErrorCode, reason: string): never {
  throw createGatewayError(code, { endpoint, outcomeUnknown: false, reason });
}

export type { AmountLimits };

export function checkAmount(
  endpoint: EndpointKey,
  amount: number,
  limits: AmountLimits,
  operator?: Operator,
): void {
  if (!Number.isSafeInteger(amount)) refuse(endpoint, "invalid_amount", "not_a_whole_number");
  if (amount <= 0) refuse(endpoint, "invalid_amount", "not_positive");
  // Per-operator minimums are documented for payins only (docs/ligdicash-contract.md §9): callers pass the operator there.
  const breach = findAmountBreach(amount, limits, operator);
  if (breach) refuse(endpoint, "amount_out_of_range", `${breach.rule}:${breach.limit}`);
}

export type CheckedPhone = { msisdn: string; operator: Operator };

/** Normalises the number and requires an operator LigdiCash serves (Orange BF, Moov BF). */
export function checkPhone(endpoint: EndpointKey, phone: string): CheckedPhone {
  const checked = checkMobileMoneyPhone(phone);
  if (checked.ok) return { msisdn: checked.msisdn, operator: checked.operator };
  if (checked.reason === "invalid_phone") refuse(endpoint, "invalid_phone", checked.input);
  if (checked.reason === "operator_unknown")
    refuse(endpoint, "recipient_operator_not_identified", "unknown_prefix");
  refuse(endpoint, "operator_not_supported", checked.operator.code);
}

/** The SDKs refuse an empty token before calling (docs/ligdicash-contract.md §5.2). */
export function checkToken(endpoint: EndpointKey, token: string): string {
  const trimmed = typeof token === "string" ? token.trim() : "";
  if (!trimmed) refuse(endpoint, "invalid_token", "empty_token");
  return trimmed;
}

export function checkText(endpoint: EndpointKey, value: string, field: string): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (!trimmed) refuse(endpoint, "data_input_error", `missing_${field}`);
  return trimmed;
}

export function checkUrl(endpoint: EndpointKey, value: string | undefined, field: string): string {
  try {
    const trimmed = (value ?? "").trim();
    const url = new URL(trimmed);
    if (url.protocol === "http:" || url.protocol === "https:") return trimmed;
  } catch {
    // fall through
  }
  return refuse(endpoint, "data_input_error", `invalid_${field}`);
}

/** USSD-OTP operators (Orange BF): the customer dials the USSD code first and gives us the OTP (docs/ligdicash-contract.md §4.2). */
export function checkOtp(endpoint: EndpointKey, otp: string | undefined): string {
  const compact = (otp ?? "").replace(/\s/g, "");
  if (!compact) refuse(endpoint, "otp_required", "missing_otp");
  return compact;
}

/** Items are optional; when given they must be whole and add up to the amount charged. */
export function checkItems(endpoint: EndpointKey, items: InvoiceItem[], amount: number): void {
  for (const item of items) {
    const whole = Number.isSafeInteger(item.quantity) && Number.isSafeInteger(item.unitPrice);
    if (!whole || item.quantity <= 0 || item.unitPrice < 0 || !item.name.trim()) {
      refuse(endpoint, "data_input_error", "invalid_item");
    }
  }
  const total = items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
  if (items.length > 0 && total !== amount) refuse(endpoint, "data_input_error", "items_total_mismatch");
}
