import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";

const emptyAsAbsent = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Ledger page query: the keyset cursor of the journals page to show (`<postedAt ISO>_<journal id>`),
 * and `pending=all` to list every operation waiting on LigdiCash instead of the oldest few. */
export const ledgerQuerySchema = z.object({
  cursor: z.preprocess(
    emptyAsAbsent,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[a-z0-9]{1,40}$/)
      .optional(),
  ),
  pending: z.preprocess(emptyAsAbsent, z.literal("all").optional()),
});

export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

/** Reversing a journal: why, in the person's words (kept in the reversal's description and the audit log). */
export function reversalSchema(t: Translate) {
  return z.object({
    reason: z
      .string(t("ledger.reverse.errors.reason"))
      .trim()
      .min(3, t("ledger.reverse.errors.reason"))
      .max(200, t("ledger.reverse.errors.reasonTooLong")),
  });
}
