import { z } from "zod";
import { GATEWAY_VERDICTS, PAYOUT_STATUSES } from "@/lib/statuses";
import { PAYOUT_DESTINATIONS, PAYOUT_PURPOSES, STANDALONE_PURPOSES } from "./purposes";

// Shared by the payout forms and their route handlers. Semantic rules that need the database or
// a translated message (phone match, operator, refundable amount) live in request-payout.ts.

export { PAYOUT_DESTINATIONS, PAYOUT_PURPOSES, STANDALONE_PURPOSES };
export { PAYOUT_STATUSES };

const phoneText = z.string().max(40);

export const recipientSchema = z.discriminatedUnion("source", [
  /** The number LigdiCash reported for the invoice's payment (refunds only). */
  z.object({ source: z.literal("verified_payer") }),
  /** Another number: typed twice by staff, both entries must match. */
  z.object({ source: z.literal("typed_twice"), phone: phoneText, phoneConfirm: phoneText }),
]);

export const requestPayoutSchema = z.object({
  /** Generated once per form: a double submit or a retry finds the same payout. */
  idempotencyKey: z.string().trim().min(16).max(100),
  invoiceId: z.string().trim().min(1).max(64).optional(),
  purpose: z.enum(PAYOUT_PURPOSES),
  amount: z.number().int().positive().max(1_000_000_000),
  reason: z.string().trim().min(3).max(500),
  destination: z.enum(PAYOUT_DESTINATIONS),
  /** Wallet payouts only: true = stays in the LigdiCash wallet (top_up_wallet 1), false = forwarded to mobile money (0). */
  keepInWallet: z.boolean().optional(),
  recipient: recipientSchema,
});
export type RequestPayoutInput = z.output<typeof requestPayoutSchema>;
export type RequestPayoutBody = z.input<typeof requestPayoutSchema>;

export const decisionSchema = z.object({ note: z.string().trim().max(500).optional() });
export const rejectionSchema = z.object({ note: z.string().trim().min(3).max(500) });

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const payoutFiltersSchema = z.object({
  status: optional(z.enum(PAYOUT_STATUSES)),
  invoice: optional(z.string().trim().max(64)),
  /** Keyset cursor `<createdAt ISO>_<id>`: payouts older than this one. */
  cursor: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[a-z0-9]{1,64}$/)),
});
export type PayoutFilters = z.output<typeof payoutFiltersSchema>;

/** A manager's verdict on a tokenless unknown-outcome payout, after checking the LigdiCash dashboard. */
export const manualResolutionSchema = z.object({
  outcome: z.enum(GATEWAY_VERDICTS),
  note: z.string().trim().min(3).max(500),
});
