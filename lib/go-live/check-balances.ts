import { check, type CheckResult, type OperatorBalanceLine } from "./types";

export type BalanceFacts = {
  /** Operator sub-accounts a payout can be sent from (lib/phone/operators.ts, LigdiCash-served ones). */
  operators: readonly string[];
  /** Ledger balances by operator, XOF. */
  balances: ReadonlyMap<string, bigint>;
};

/**
 * Each operator sub-account's balance as Caisse's ledger sees it (verified movements only).
 * LigdiCash pays a payout from the sub-account of the recipient's operator and offers no balance
 * endpoint (docs/ligdicash-contract.md §3): this is our side of the books, not a reading of LigdiCash's.
 */
export function checkBalances({ operators, balances }: BalanceFacts): CheckResult {
  const known = [...new Set([...operators, ...balances.keys()])];
  const lines: OperatorBalanceLine[] = known.map((operator) => ({
    operator,
    balance: (balances.get(operator) ?? 0n).toString(),
  }));
  const negative = known.filter((operator) => (balances.get(operator) ?? 0n) < 0n);
  const empty = known.filter((operator) => (balances.get(operator) ?? 0n) === 0n);
  // Which operators are concerned is read from the lines at the edge (operator names are words).
  if (negative.length) return check("balances", "fail", "negative", { balances: lines });
  if (empty.length) return check("balances", "warn", "empty", { balances: lines });
  return check("balances", "ok", "funded", { balances: lines });
}
