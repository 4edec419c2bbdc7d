import type { RecipientSource } from "@/lib/generated/prisma/enums";
import { detectOperator, isSupportedByLigdicash, normalizePhone, type OperatorCode } from "@/lib/phone";
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
  let phone: string;
  if (input.source === "verified_payer") {
    if (!payerPhone) throw payoutRuleError("no_payer_phone");
    phone = payerPhone;
  } else {
    const first = normalizePhone(input.phone);
    if (!first.ok) throw payoutRuleError("phone_invalid");
    const second = normalizePhone(input.phoneConfirm);
    if (!second.ok || second.value !== first.value) throw payoutRuleError("phone_mismatch");
    phone = first.value;
  }
  const operator = detectOperator(phone);
  if (!operator) throw payoutRuleError("operator_unknown");
  if (!isSupportedByLigdicash(operator)) throw payoutRuleError("operator_not_supported");
  return { phone, source: input.source, operator: operator.code };
}
