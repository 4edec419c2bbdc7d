import { normalizePhone, type PhoneInputError } from "./normalize-phone";
import { detectOperator, isSupportedByLigdicash, type Operator } from "./operators";

export type MobileMoneyPhone =
  | { ok: true; msisdn: string; operator: Operator }
  | { ok: false; reason: "invalid_phone"; input: PhoneInputError }
  | { ok: false; reason: "operator_unknown" }
  | { ok: false; reason: "operator_not_supported"; operator: Operator };

/**
 * The one rule for a number money moves through at LigdiCash (payin payer, payout recipient):
 * a Burkina number, of a known operator, that LigdiCash serves — checked in that order, so
 * every form, schema and the gateway client refuse the same numbers for the same reason.
 * Pure: browser forms use it too.
 */
export function checkMobileMoneyPhone(text: string): MobileMoneyPhone {
  const phone = normalizePhone(text);
  if (!phone.ok) return { ok: false, reason: "invalid_phone", input: phone.reason };
  const operator = detectOperator(phone.value);
  if (!operator) return { ok: false, reason: "operator_unknown" };
  if (!isSupportedByLigdicash(operator)) return { ok: false, reason: "operator_not_supported", operator };
  return { ok: true, msisdn: phone.value, operator };
}

/** A number typed twice: the first must be valid, the second the same number (any spelling). */
export function isSamePhone(first: string, second: string): boolean {
  const a = normalizePhone(first);
  const b = normalizePhone(second);
  return a.ok && b.ok && a.value === b.value;
}
