import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { STANDALONE_PURPOSES } from "@/lib/payouts/purposes";

// A 5,000-line sheet is about 400 KB; beyond 2 MB it is not a payout sheet.
const MAX_FILE_CHARS = 2_000_000;

export function batchFileSchema(t: Translate) {
  return z.object({
    file: z
      .string(t("payoutBatches.rules.file_empty"))
      .min(1, t("payoutBatches.rules.file_empty"))
      .max(MAX_FILE_CHARS, t("payoutBatches.rules.file_too_large")),
  });
}

export function createBatchSchema(t: Translate) {
  return batchFileSchema(t).extend({
    /** Generated once per upload form: a double submit finds the same batch. */
    idempotencyKey: z.string().trim().min(16, t("payouts.form.errors.expired")).max(100),
    fileName: z.string().trim().min(1).max(200).catch("payouts.csv"),
    purpose: z.enum(STANDALONE_PURPOSES, t("payouts.form.errors.purpose")),
    /** The person saw the lines paying the same number the same amount and keeps them all. */
    acceptDuplicates: z.boolean().default(false),
  });
}
export type CreateBatchInput = z.output<ReturnType<typeof createBatchSchema>>;

// A batch is decided like a single payout: same note rules (lib/payouts/schemas.ts).
export {
  decisionSchema as batchDecisionSchema,
  rejectionSchema as batchRejectionSchema,
} from "@/lib/payouts/schemas";

/** A request carrying a sheet: the file's characters as JSON, with room for escapes. */
export const BATCH_BODY_LIMIT = 3 * MAX_FILE_CHARS;
