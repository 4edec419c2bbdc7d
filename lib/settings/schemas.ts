import { z } from "zod";

const amount = z.number().int().min(0).max(1_000_000_000);

/**
 * The approval form (admin), whole XOF. A payout waits for a manager when its amount is above the
 * threshold, or when the requester's payouts sent without approval in the last 24 h would add up
 * to more than the rolling total. 0 = every payout needs approval.
 */
export const approvalSettingsSchema = z.object({
  approvalThreshold: amount,
  approvalRollingTotal: amount,
});
export type ApprovalSettingsInput = z.output<typeof approvalSettingsSchema>;
