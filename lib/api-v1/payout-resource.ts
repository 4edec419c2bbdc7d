import { z } from "zod";
import { APPROVAL_REASONS } from "@/lib/payouts/approval-rules";
import type { PayoutDto } from "@/lib/payouts/payout-dto";
import { PAYOUT_DESTINATIONS, PAYOUT_PURPOSES } from "@/lib/payouts/purposes";
import { PAYOUT_STATUSES } from "@/lib/statuses";

/**
 * A refund or payout as `/api/v1` answers it: snake_case, and only what a shop's backend needs —
 * never LigdiCash's token, never who in the shop asked or decided (staff names and e-mails stay
 * in the console). The schema is the OpenAPI document's (lib/api-v1/openapi.ts).
 */
export const apiPayoutSchema = z
  .object({
    id: z.string(),
    object: z.literal("payout"),
    number: z.string().meta({ description: "The number staff quote: VER-2026-000045." }),
    kind: z
      .enum(["refund", "payout"])
      .meta({ description: "refund: money back on an invoice; payout: anything else." }),
    purpose: z.enum(PAYOUT_PURPOSES),
    status: z.enum(PAYOUT_STATUSES).meta({
      description:
        "awaiting_approval (a manager must approve it in the console), approved, sending, pending (LigdiCash has it), completed, notcompleted (LigdiCash verified it failed), failed (LigdiCash refused it), rejected, cancelled, outcome_unknown (being checked with LigdiCash; never sent twice).",
    }),
    amount: z.int().meta({ description: "Whole XOF." }),
    currency: z.literal("XOF"),
    invoice_id: z.string().nullable().meta({ description: "The refunded invoice; null for a payout." }),
    destination: z.object({
      type: z.enum(PAYOUT_DESTINATIONS),
      phone: z.string().meta({ description: "The recipient's number, international form (226…)." }),
      operator: z.string(),
    }),
    reason: z.string(),
    approval_reasons: z.array(z.enum(APPROVAL_REASONS)).meta({
      description: "Why it waited (or waits) for a manager: over_threshold, rolling_total, other_number.",
    }),
    failure_code: z.string().nullable(),
    created_at: z.iso.datetime(),
    sent_at: z.iso.datetime().nullable(),
    settled_at: z.iso.datetime().nullable(),
  })
  .meta({ id: "Payout" });

export type ApiPayout = z.infer<typeof apiPayoutSchema>;

export function toApiPayout(payout: PayoutDto): ApiPayout {
  return {
    id: payout.id,
    object: "payout",
    number: payout.number,
    kind: payout.purpose === "refund" ? "refund" : "payout",
    purpose: payout.purpose,
    status: payout.status,
    amount: payout.amount,
    currency: "XOF",
    invoice_id: payout.invoiceId,
    destination: { type: payout.destination, phone: payout.recipientPhone, operator: payout.operator },
    reason: payout.reason,
    approval_reasons: payout.approvalReasons,
    failure_code: payout.failureCode,
    created_at: payout.createdAt,
    sent_at: payout.sentAt,
    settled_at: payout.settledAt,
  };
}
