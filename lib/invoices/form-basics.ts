// The zod-free part of the invoice form: constants and the live total. Kept apart from
// schemas.ts so the form's first load carries no validation library; the schema itself is
// loaded when the form is first checked (same schema as the route handler).

export type { AmountLimits } from "@/lib/ligdicash/amount-limits";

export const MAX_ITEMS = 50;
export const CHANNELS = ["hosted", "direct"] as const;

export function invoiceTotal(items: readonly { quantity: number; unitPrice: number }[]): number {
  return items.reduce(
    (sum, item) =>
      sum +
      (Number.isSafeInteger(item.quantity) && Number.isSafeInteger(item.unitPrice)
        ? item.quantity * item.unitPrice
        : 0),
    0,
  );
}
