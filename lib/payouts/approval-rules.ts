import type { ApprovalSettings } from "@/lib/settings/approval-settings";

/** Why a payout waits for a manager, in the order staff read them (prisma enum ApprovalReason). */
export const APPROVAL_REASONS = ["over_threshold", "rolling_total", "other_number"] as const;
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

export type ApprovalFacts = {
  amount: number;
  /** What the requester's payouts of the last 24 h sent without anyone's approval add up to. */
  sentWithoutApproval: number;
  /** A refund whose recipient is not the number that paid the invoice. */
  refundToOtherNumber: boolean;
};

/**
 * The one home of the approval rules, used by the server when it stores an intent and by the
 * summary that tells staff beforehand. Empty = cleared to send without approval. The rolling total
 * stops a requester from splitting one large payout into several below the threshold.
 */
export function findApprovalReasons(facts: ApprovalFacts, settings: ApprovalSettings): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  if (facts.amount > settings.approvalThreshold) reasons.push("over_threshold");
  if (facts.sentWithoutApproval + facts.amount > settings.approvalRollingTotal) reasons.push("rolling_total");
  if (facts.refundToOtherNumber) reasons.push("other_number");
  return reasons;
}
