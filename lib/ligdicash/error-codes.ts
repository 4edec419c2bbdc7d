/**
 * Stable error codes (persisted by domain code, keys of `gateway.errors.*` messages) and the
 * per-endpoint tables that turn LigdiCash's `"01"` + `Echec (CodeXX)` into one of them.
 * Pure: the UI imports the codes too.
 */

export const GATEWAY_ERROR_CODES = [
  // LigdiCash answered "01" (docs/ligdicash-contract.md §5), or the same condition caught before sending.
  "authentication",
  "application_authentication",
  "merchant_payin_disabled",
  "merchant_payout_disabled",
  "merchant_balance_low",
  "customer_does_not_exist",
  "invalid_amount",
  "amount_out_of_range",
  "invalid_token",
  "invoice_not_found",
  "transaction_already_exist",
  "recipient_operator_not_identified",
  "feature_not_testable",
  "ip_denied",
  "processing_error",
  "sending_error",
  "no_network_access_configuration",
  "data_input_error",
  "api_error",
  "no_hash",
  "invalid_hash",
  "invalid_method",
  "unauthorized_method",
  "merchant_account_does_not_exist",
  // A sub-code LigdiCash's own sources give two meanings: the text names both (docs/ligdicash-contract.md §5.4).
  "merchant_account_or_ip_denied",
  "no_pend_proc_payout_24h",
  "no_deposit_3m",
  "unauthorized_currency_conversion",
  "wrong_wallet_credentials",
  "wrong_otp",
  "expired_otp",
  // Refused by Caisse before sending (nothing left the server).
  "invalid_phone",
  "operator_not_supported",
  "otp_required",
  // Transport: LigdiCash's answer is missing or unreadable.
  "network_error",
  "timeout",
  "invalid_response",
  "http_error",
] as const;

export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export type SubCodeTable = Readonly<Record<string, GatewayErrorCode>>;

/**
 * createInvoice — E1, E2 (docs/ligdicash-contract.md §5.1, live table). 14–16 exist only in the new docs
 * (the SDKs map them to ApiError); they are specific and actionable, so we use them.
 */
export const PAYIN_SUB_CODES: SubCodeTable = {
  "00": "authentication",
  "01": "merchant_payin_disabled",
  "02": "invalid_amount",
  "03": "ip_denied",
  "04": "processing_error",
  "05": "sending_error",
  "06": "sending_error",
  "07": "no_network_access_configuration",
  "08": "data_input_error",
  "09": "api_error",
  "10": "no_hash",
  "11": "invalid_hash",
  "12": "invalid_method",
  "13": "unauthorized_method",
  "14": "wrong_wallet_credentials",
  "15": "wrong_otp",
  "16": "expired_otp",
};

/** confirmInvoice — E5 (docs/ligdicash-contract.md §5.2, live table). */
export const PAYIN_STATUS_SUB_CODES: SubCodeTable = {
  "00": "authentication",
  "01": "merchant_payin_disabled",
  "02": "invoice_not_found",
  "03": "processing_error",
  "04": "data_input_error",
};

/**
 * E8/E9 payout confirms: the SDKs reuse the confirmInvoice table (docs/ligdicash-contract.md §5.2). Only "01" differs:
 * there it means the merchant's service is not activated, which for a payout query is the
 * payout switch — [inferred], so staff are not told to enable payins when checking a payout.
 */
export const PAYOUT_STATUS_SUB_CODES: SubCodeTable = {
  ...PAYIN_STATUS_SUB_CODES,
  "01": "merchant_payout_disabled",
};

/** createWithdrawal — E6 (docs/ligdicash-contract.md §5.3, same table test/live). */
export const CLIENT_PAYOUT_SUB_CODES: SubCodeTable = {
  "00": "authentication",
  "01": "merchant_payout_disabled",
  "02": "customer_does_not_exist",
  "03": "merchant_account_does_not_exist",
  "03a": "no_pend_proc_payout_24h",
  "03b": "no_deposit_3m",
  "04": "merchant_balance_low",
  "05": "amount_out_of_range",
  "06": "ip_denied",
  "07": "transaction_already_exist",
  "08": "processing_error",
  "09": "data_input_error",
  "10": "api_error",
  "13": "no_hash",
  "14": "invalid_hash",
};

/**
 * createStraightWithdrawal — E7 (docs/ligdicash-contract.md §5.4, PY/JS/PHP table). Conflict: the docs' common-errors
 * page says "server IP not whitelisted" is Code06 here; the SDKs say IP denied is 14 and 06 = no
 * merchant account. Code06 is therefore ambiguous and gets a code whose text names both causes,
 * rather than one that may send staff after the wrong fix. 14 only ever means IP denied. Either
 * way the answer is a definite refusal, so no money is at risk from these choices.
 */
export const MERCHANT_PAYOUT_SUB_CODES: SubCodeTable = {
  "00": "authentication",
  "01": "application_authentication",
  "02": "amount_out_of_range",
  "03": "merchant_account_does_not_exist",
  "04": "no_pend_proc_payout_24h",
  "05": "recipient_operator_not_identified",
  "06": "merchant_account_or_ip_denied",
  "07": "merchant_account_does_not_exist",
  "08": "merchant_balance_low",
  "09": "processing_error",
  "10": "api_error",
  "11": "no_hash",
  "12": "invalid_hash",
  "13": "unauthorized_currency_conversion",
  "14": "ip_denied",
};

// The SDKs' regex (docs/ligdicash-contract.md §2.4): "Echec (Code03a)" → "03a". Tried after the "Code" anchor so that a
// stray number elsewhere in the text cannot win; alone it is exactly what the four SDKs do.
const ANCHORED_SUB_CODE = /code\s*(\d{2,3}[a-z]?)/i;
const SUB_CODE = /\d{2,3}[a-z]?/i;

/** The sub-code inside a `"01"` answer's response_text, lower-cased, or null. */
export function extractSubCode(responseText: string): string | null {
  const match = ANCHORED_SUB_CODE.exec(responseText)?.[1] ?? SUB_CODE.exec(responseText)?.[0];
  return match?.toLowerCase() ?? null;
}

/** The error code for a `"01"` answer; unknown or missing sub-codes are `api_error` (docs/ligdicash-contract.md §2.4). */
export function lookupSubCode(table: SubCodeTable, subCode: string | null): GatewayErrorCode {
  if (subCode === null) return "api_error";
  return Object.hasOwn(table, subCode) ? (table[subCode] ?? "api_error") : "api_error";
}
