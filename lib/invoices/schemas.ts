import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { findAmountBreach } from "@/lib/ligdicash/amount-limits";
import { checkMobileMoneyPhone, normalizePhone } from "@/lib/phone";
import { blankToUndefined, calendarDaySchema } from "@/lib/search/day-range";
import { INVOICE_DISPLAY_STATES } from "./display-state";
import { metadataSchema } from "./metadata";
import { CHANNELS, MAX_ITEMS, invoiceTotal, type AmountLimits } from "./form-basics";

/**
 * The one schema for an invoice: the browser form validates with it before sending, the route
 * handler validates the request with it again. Pure (no server-only). Messages come from the
 * caller's translator (`invoices` namespace), so both sides speak the person's language.
 */

export type { Translate };

export { CHANNELS, MAX_ITEMS, invoiceTotal, type AmountLimits };
export { INVOICE_DISPLAY_STATES };

const optionalText = (max: number, t: Translate) =>
  z
    .string()
    .trim()
    .max(max, t("errors.tooLong", { max }))
    .optional()
    .transform((v) => (v ? v : undefined));

function itemSchema(t: Translate) {
  return z.object({
    name: z
      .string(t("errors.itemName"))
      .trim()
      .min(1, t("errors.itemName"))
      .max(100, t("errors.tooLong", { max: 100 })),
    description: z
      .string()
      .trim()
      .max(200, t("errors.tooLong", { max: 200 }))
      .default(""),
    quantity: z
      .number(t("errors.quantity"))
      .int(t("errors.quantity"))
      .min(1, t("errors.quantity"))
      .max(10_000, t("errors.quantity")),
    unitPrice: z
      .number(t("errors.unitPrice"))
      .int(t("errors.unitPrice"))
      .min(0, t("errors.unitPrice"))
      .max(100_000_000, t("errors.unitPrice")),
  });
}

/** Sum of the lines in whole XOF (NaN-safe: a half-typed line counts as 0 for the live total). */
export function invoiceInputSchema(limits: AmountLimits, t: Translate, now: () => Date = () => new Date()) {
  return (
    z
      .object({
        /** Generated once per form (crypto.randomUUID()): a double submit or a retry finds the same invoice. */
        idempotencyKey: z
          .string()
          .trim()
          .min(16, t("errors.idempotencyKey"))
          .max(100, t("errors.idempotencyKey")),
        channel: z.enum(CHANNELS, t("errors.channel")),
        customerFirstname: z
          .string(t("errors.firstname"))
          .trim()
          .min(1, t("errors.firstname"))
          .max(60, t("errors.tooLong", { max: 60 })),
        customerLastname: z
          .string(t("errors.lastname"))
          .trim()
          .min(1, t("errors.lastname"))
          .max(60, t("errors.tooLong", { max: 60 })),
        customerEmail: z
          .string(t("errors.email"))
          .trim()
          .pipe(z.email(t("errors.email"))),
        customerPhone: optionalText(30, t),
        items: z
          .array(itemSchema(t), t("errors.items"))
          .min(1, t("errors.items"))
          .max(MAX_ITEMS, t("errors.tooManyItems", { max: MAX_ITEMS })),
        description: z
          .string(t("errors.description"))
          .trim()
          .min(1, t("errors.description"))
          .max(500, t("errors.tooLong", { max: 500 })),
        merchantReference: optionalText(60, t),
        /** The shop's own key/value pairs (lib/invoices/metadata.ts); left out = none. */
        metadata: metadataSchema(t).optional(),
        /** ISO date-time; the pay link stops working after it. */
        expiresAt: z
          .string()
          .optional()
          .transform((v, ctx) => {
            if (!v) return undefined;
            const date = new Date(v);
            if (Number.isNaN(date.getTime()))
              ctx.addIssue({ code: "custom", message: t("errors.expiresAt") });
            else if (date.getTime() <= now().getTime())
              ctx.addIssue({ code: "custom", message: t("errors.expiresPast") });
            return date;
          }),
        /** Direct payin only: the number that pays and, for USSD-OTP operators, the code the customer generated. */
        payerPhone: optionalText(30, t),
        otp: optionalText(12, t),
      })
      // Runs even when other fields failed (`when`), so every error shows in one round: the input
      // may then be half-parsed, hence the type checks.
      .superRefine(
        (input, ctx) => {
          const items = Array.isArray(input.items) ? input.items : [];
          const whole = items.every(
            (i) => Number.isSafeInteger(i.quantity) && Number.isSafeInteger(i.unitPrice),
          );
          const total = invoiceTotal(items);
          const breach = whole && items.length > 0 ? findAmountBreach(total, limits) : null;
          if (breach)
            ctx.addIssue({
              code: "custom",
              path: ["items"],
              message: t(breach.rule === "above_maximum" ? "errors.aboveMaximum" : "errors.belowMinimum", {
                amount: breach.limit,
              }),
            });
          if (
            typeof input.customerPhone === "string" &&
            input.customerPhone &&
            !normalizePhone(input.customerPhone).ok
          ) {
            ctx.addIssue({ code: "custom", path: ["customerPhone"], message: t("errors.phone") });
          }
          if (input.channel === "direct") refineDirect(input, whole ? total : null, ctx, t);
        },
        { when: () => true },
      )
  );
}

function refineDirect(
  input: { payerPhone?: string; otp?: string },
  total: number | null,
  ctx: z.RefinementCtx,
  t: Translate,
) {
  const phone = checkMobileMoneyPhone(typeof input.payerPhone === "string" ? input.payerPhone : "");
  if (!phone.ok) {
    const message =
      phone.reason === "invalid_phone"
        ? t("errors.payerPhone")
        : phone.reason === "operator_unknown"
          ? t("errors.operatorUnknown")
          : t("errors.operatorUnsupported", { operator: phone.operator.name });
    return ctx.addIssue({ code: "custom", path: ["payerPhone"], message });
  }
  const { operator } = phone;
  const breach =
    total === null ? null : findAmountBreach(total, { minAmount: 0, maxAmount: Infinity }, operator);
  if (breach) {
    ctx.addIssue({
      code: "custom",
      path: ["items"],
      message: t("errors.belowOperatorMinimum", { operator: operator.name, amount: breach.limit }),
    });
  }
  const otp = typeof input.otp === "string" ? input.otp : "";
  if (operator.validationMode === "ussd_otp" && !/^\d{6}$/.test(otp.replace(/\s/g, ""))) {
    ctx.addIssue({
      code: "custom",
      path: ["otp"],
      message: t("errors.otp", { ussd: operator.ussdCode ?? "" }),
    });
  }
}

export type InvoiceInput = z.output<ReturnType<typeof invoiceInputSchema>>;
export type InvoiceFormInput = z.input<ReturnType<typeof invoiceInputSchema>>;

export function listInvoicesSchema(t: Translate) {
  return z.object({
    /** A display state (lib/invoices/display-state.ts): what the list's filter offers. */
    status: z.enum(INVOICE_DISPLAY_STATES, t("errors.status")).optional(),
    /** The search box: customer, phone, number, reference (lib/search/search-sql.ts). */
    q: z.preprocess(blankToUndefined, z.string().trim().max(120, t("errors.search")).optional()),
    /** Creation days, both included: what the date presets set. */
    from: z.preprocess(blankToUndefined, calendarDaySchema(t("errors.day")).optional()),
    to: z.preprocess(blankToUndefined, calendarDaySchema(t("errors.day")).optional()),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  });
}
export type ListInvoicesInput = z.output<ReturnType<typeof listInvoicesSchema>>;
