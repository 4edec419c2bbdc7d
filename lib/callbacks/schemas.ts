import { z } from "zod";

export const CALLBACK_OUTCOMES = [
  "received",
  "applied",
  "duplicate",
  "still_pending",
  "flagged",
  "unknown_transaction",
  "error",
] as const;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Callbacks page filters, from the URL. `cursor` = `<receivedAt ISO>_<delivery id>` (keyset). */
export const callbackFiltersSchema = z.object({
  outcome: z.preprocess(blankToUndefined, z.enum(CALLBACK_OUTCOMES).optional()),
  transaction: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  cursor: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[a-z0-9]{1,40}$/)
      .optional(),
  ),
});
export type CallbackFilters = z.output<typeof callbackFiltersSchema>;

export const deliveryIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/);
