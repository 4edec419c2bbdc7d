/** The merchant's sub-account at LigdiCash for one operator: what LigdiCash credits and debits. */
export function operatorAccount(operator: string): string {
  return `operator:${operator}`;
}

/** Money that came from customers (payins) and went to payees (refunds, payouts). */
export const CUSTOMERS_ACCOUNT = "counterparty:customers";
export const PAYEES_ACCOUNT = "counterparty:payees";
