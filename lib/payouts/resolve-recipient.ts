import type { RecipientSource } from "@/lib/generated/prisma/enums";
import { checkMobileMoneyPhone, isSamePhone, type OperatorCode } from "@/lib/phone";
import { payoutRuleError } from "./rule-error";
import type { RequestPayoutInput } from "./schemas";

export type Recipient = { phone: string; source: RecipientSource; operator: OperatorCode };

/**
 * The number the money goes to and the operator whose sub-account LigdiCash debits. The verified
 * payer's number comes from the invoice (LigdiCash's own status answer), never from the form.
 */
export function resolveRecipient(
  input: RequestPayoutInput["recipient"],
  payerPhone: string | null,
): Recipient {
  const payer = input.source === "verified_payer";
  if (payer && !payerPhone) throw payoutRuleError("no_payer_phone");
  const checked = checkMobileMoneyPhone(payer ? (payerPhone ?? "") : input.phone);
  // The verified payer's number is LigdiCash's, stored as it came: one we cannot read has no known operator.
  if (!checked.ok && checked.reason === "invalid_phone")
    throw payoutRuleError(payer ? "operator_unknown" : "phone_invalid");
  if (!payer && !isSamePhone(input.phone, input.phoneConfirm)) throw payoutRuleError("phone_mismatch");
  if (!checked.ok) throw payoutRuleError(checked.reason);
  return {
    phone: payer ? (payerPhone ?? "") : checked.msisdn,
    source: input.source,
    operator: checked.operator.code,
  };
}
