/**
 * The one reading of an amount typed by staff ("20 000", "20000", "20 000 FCFA", "20.000") as
 * whole XOF, used by every amount field: refund and payout, invoice lines, approval settings and
 * the transactions filter. Pure: browser forms and route handlers read the same text the same way.
 *
 * - Spaces of any kind (the narrow no-break space our own formatter prints included) are digit groups.
 * - "20.000" and "20,000" are thousands: XOF has no minor unit, so a dot or a comma followed by
 *   groups of exactly three digits cannot be a fraction, and merchants here write prices that way.
 *   The confirmation shows the amount formatted before any money moves.
 * - Anything that would be a fraction ("12,5", "12.50", "12 500,00") is refused, never rounded; so
 *   is a mix of both separators ("1.234,567"), which reads differently in French and English.
 * Range checks (LigdiCash's minimum and maximum) belong to the caller: lib/ligdicash/amount-limits.ts.
 * Zod-free, so a page that only formats amounts loads no validation library: the schema field
 * built on it lives in xof-amount-schema.ts.
 */

export type XofInputError =
  "empty" | "negative" | "decimal" | "ambiguous_separator" | "invalid" | "too_large";

export type XofInputResult = { ok: true; value: number } | { ok: false; reason: XofInputError };

const CURRENCY_SUFFIX = /(?:f\s*cfa|fcfa|cfa|xof|f)$/i;
const THOUSANDS_WITH_DOTS = /^\d{1,3}(?:\.\d{3})+$/;
const THOUSANDS_WITH_COMMAS = /^\d{1,3}(?:,\d{3})+$/;

export function parseXofInput(text: string): XofInputResult {
  const compact = text
    .trim()
    .replace(CURRENCY_SUFFIX, "")
    .replace(/[\s\u00a0\u2009\u202f]/g, "");
  if (compact === "") return { ok: false, reason: "empty" };
  if (/^[-\u2212]/.test(compact)) return { ok: false, reason: "negative" };
  const unsigned = compact.replace(/^\+/, "");
  const digits =
    THOUSANDS_WITH_DOTS.test(unsigned) || THOUSANDS_WITH_COMMAS.test(unsigned)
      ? unsigned.replace(/[.,]/g, "")
      : unsigned;
  if (/^\d[\d.,]*$/.test(digits) && /\./.test(digits) && /,/.test(digits))
    return { ok: false, reason: "ambiguous_separator" };
  if (/^\d*[.,]\d*$/.test(digits) && /\d/.test(digits)) return { ok: false, reason: "decimal" };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: "invalid" };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: "too_large" };
  return { ok: true, value };
}
