import type { OperatorTotal } from "./preview-batch";

/** The operators whose total exceeds the known balance, as the refusal's details carry them. */
export function insufficientOperators(totals: OperatorTotal[]) {
  return totals
    .filter((t) => t.insufficient)
    .map(({ operator, toPay, balance }) => ({ operator, toPay, balance }));
}
