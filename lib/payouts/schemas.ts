import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { findAmountBreach, type AmountLimits } from "@/lib/ligdicash/amount-limits";
import { xofAmountSchema } from "@/lib/money/xof-amount-schema";
import { checkMobileMoneyPhone, isSamePhone } from "@/lib/phone";
import { GATEWAY_VERDICTS, PAYOUT_STATUSES } from "@/lib/statuses";
import { PAYOUT_DESTINATIONS, PAYOUT_PURPOSES, STANDALONE_PURPOSES } from "./purposes";

// Shared by the payout forms and their route handlers, worded by the caller's translator (keys of
// the whole catalogue: `payouts.…`, `gateway.…`). Rules that need the database (the refundable
// amount, the verified payer's number) live in request-payout.ts; the server checks the phone
// rules again there, in the same words (payouts.json `rules`).

export { PAYOUT_DESTINATIONS, PAYOUT_PURPOSES, STANDALONE_PURPOSES };
export { PAYOUT_STATUSES };

const phoneText = z.string().max(40);

const recipientSchema = z.discriminatedUnion("source", [
  /** The number LigdiCash reported for the invoice's payment (refunds only). */
  z.object({ source: z.literal("verified_payer") }),
  /** Another number: typed twice by staff, both entries must match. */
  z.object({ source: z.literal("typed_twice"), phone: phoneText, phoneConfirm: phoneText }),
]);

/** An amount LigdiCash accepts (amount-limits.ts), read from what was typed (xof-amount.ts). */
export function payoutAmountSchema(limits: AmountLimits, t: Translate) {
  return xofAmountSchema((reason) => t(`gateway.amountInput.${reason}`)).superRefine((amount, ctx) => {
    const breach = findAmountBreach(amount, limits);
    if (breach)
      ctx.addIssue({
        code: "custom",
        message: t(
          breach.rule === "above_maximum"
            ? "payouts.form.errors.aboveMaximum"
            : "payouts.form.errors.belowMinimum",
          { amount: breach.limit },
        ),
      });
  });
}

export function requestPayoutSchema(limits: AmountLimits, t: Translate) {
  return (
    z
      .object({
        /** Generated once per form: a double submit or a retry finds the same payout. */
        idempotencyKey: z
          .string()
          .trim()
          .min(16, t("payouts.form.errors.expired"))
          .max(100, t("payouts.form.errors.expired")),
        invoiceId: z.string().trim().min(1).max(64).optional(),
        purpose: z.enum(PAYOUT_PURPOSES, t("payouts.form.errors.purpose")),
        amount: payoutAmountSchema(limits, t),
        reason: z
          .string(t("payouts.form.reasonTooShort"))
          .trim()
          .min(3, t("payouts.form.reasonTooShort"))
          .max(500, t("payouts.form.errors.tooLong", { max: 500 })),
        destination: z.enum(PAYOUT_DESTINATIONS, t("payouts.form.errors.destination")),
        /** Wallet payouts only: true = stays in the LigdiCash wallet (top_up_wallet 1), false = forwarded to mobile money (0). */
        keepInWallet: z.boolean().optional(),
        recipient: recipientSchema,
      })
      // Runs even when other fields failed (`when`), so a bad number shows with the other errors, not
      // in a second round: the input may then be half-parsed, hence the checks of its shape.
      .superRefine(
        (input, ctx) => {
          const recipient: unknown = input.recipient;
          if (!isTypedTwice(recipient)) return;
          const { phone, phoneConfirm } = recipient;
          const checked = checkMobileMoneyPhone(phone);
          const message = checked.ok
            ? null
            : checked.reason === "invalid_phone"
              ? t(`gateway.phoneInput.${checked.input}`)
              : checked.reason === "operator_unknown"
                ? t("payouts.form.operatorUnknown")
                : t("payouts.form.operatorUnsupported");
          if (message) ctx.addIssue({ code: "custom", path: ["recipient", "phone"], message });
          else if (!isSamePhone(phone, phoneConfirm))
            ctx.addIssue({
              code: "custom",
              path: ["recipient", "phoneConfirm"],
              message: t("payouts.form.phoneMismatch"),
            });
        },
        { when: () => true },
      )
  );
}

function isTypedTwice(value: unknown): value is { phone: string; phoneConfirm: string } {
  if (typeof value !== "object" || value === null) return false;
  const { source, phone, phoneConfirm } = value as Record<string, unknown>;
  return source === "typed_twice" && typeof phone === "string" && typeof phoneConfirm === "string";
}
export type RequestPayoutInput = z.output<ReturnType<typeof requestPayoutSchema>>;
export type RequestPayoutBody = z.input<ReturnType<typeof requestPayoutSchema>>;

export const decisionSchema = z.object({ note: z.string().trim().max(500).optional() });
export function rejectionSchema(t: Translate) {
  return z.object({
    note: z
      .string(t("payouts.detail.errors.rejectNote"))
      .trim()
      .min(3, t("payouts.detail.errors.rejectNote"))
      .max(500, t("payouts.form.errors.tooLong", { max: 500 })),
  });
}

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
export function manualResolutionSchema(t: Translate) {
  return z.object({
    outcome: z.enum(GATEWAY_VERDICTS),
    note: z
      .string(t("payouts.detail.errors.resolveNote"))
      .trim()
      .min(3, t("payouts.detail.errors.resolveNote"))
      .max(500, t("payouts.form.errors.tooLong", { max: 500 })),
  });
}
