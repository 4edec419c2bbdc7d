import { checkMobileMoneyPhone, detectOperator, maskPhone } from "@/lib/phone";

/**
 * The number a hosted invoice's LigdiCash page is narrowed to (sent as `invoice.customer`,
 * docs/ligdicash-contract.md §4.1): the customer's number staff entered, when LigdiCash serves its operator. A
 * number LigdiCash cannot serve is kept as contact only — narrowing to it would offer nothing.
 */
export function checkoutPhoneFor(channel: string, customerPhone: string | null): string | null {
  if (channel !== "hosted" || !customerPhone) return null;
  const phone = checkMobileMoneyPhone(customerPhone);
  return phone.ok ? phone.msisdn : null;
}

/** What the pay page tells the customer about the operator LigdiCash will ask. */
export type CheckoutOperator = {
  /** e.g. "Orange Money". */
  name: string;
  /** e.g. "76 •• •• 01". */
  phone: string;
  /** False once LigdiCash's page for this number was opened (it may be paid there). */
  canChange: boolean;
};

export function checkoutOperator(row: {
  checkoutPhone: string | null;
  checkoutOpenedAt: Date | null;
}): CheckoutOperator | null {
  if (!row.checkoutPhone) return null;
  const operator = detectOperator(row.checkoutPhone);
  if (!operator) return null;
  return { name: operator.name, phone: maskPhone(row.checkoutPhone), canChange: !row.checkoutOpenedAt };
}
