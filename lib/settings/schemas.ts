import { z } from "zod";

/** The approval threshold form (admin): whole XOF, 0 = every payout needs approval. */
export const approvalThresholdSchema = z.object({
  approvalThreshold: z.number().int().min(0).max(1_000_000_000),
});
export type ApprovalThresholdInput = z.input<typeof approvalThresholdSchema>;
