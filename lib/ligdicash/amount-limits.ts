/**
 * The amounts LigdiCash accepts, in one place (docs/ligdicash-contract.md §9): the range set by
 * LIGDICASH_MIN_AMOUNT / LIGDICASH_MAX_AMOUNT (the SDKs say 20 to 1,000,000 for payins and
 * payouts) and, for payins only, the operator's own minimum. The forms, the shared schemas and the
 * gateway client all ask this file, so an amount LigdiCash would refuse is turned down on the
 * field, before any invoice or payout row exists — never recorded as "refused by LigdiCash" when
 * nothing was sent. Pure: browser forms import it too.
 */

export type AmountLimits = { minAmount: number; maxAmount: number };

export type AmountBreach =
  | { rule: "below_minimum"; limit: number }
  | { rule: "above_maximum"; limit: number }
  | { rule: "below_operator_minimum"; limit: number };

/** What is wrong with a whole XOF amount, or null when LigdiCash accepts it. */
export function findAmountBreach(
  amount: number,
  limits: AmountLimits,
  operator?: { minAmount: number | null },
): AmountBreach | null {
  if (amount > limits.maxAmount) return { rule: "above_maximum", limit: limits.maxAmount };
  if (amount < limits.minAmount) return { rule: "below_minimum", limit: limits.minAmount };
  const operatorMin = operator?.minAmount ?? 0;
  if (amount < operatorMin) return { rule: "below_operator_minimum", limit: operatorMin };
  return null;
}
