import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { xofAmountSchema } from "@/lib/money/xof-amount-schema";

/**
 * The approval form (admin), whole XOF typed as staff type amounts (xof-amount.ts). A payout waits
 * for a manager when its amount is above the threshold, or when the requester's payouts sent
 * without approval in the last 24 h would add up to more than the rolling total. 0 = every payout
 * needs approval.
 */
export function approvalSettingsSchema(t: Translate) {
  const amount = xofAmountSchema((reason) => t(`gateway.amountInput.${reason}`)).pipe(
    z.number().max(1_000_000_000, t("payouts.settings.errors.tooLarge", { amount: 1_000_000_000 })),
  );
  return z.object({ approvalThreshold: amount, approvalRollingTotal: amount });
}
export type ApprovalSettingsInput = z.output<ReturnType<typeof approvalSettingsSchema>>;
