/**
 * Parses an amount typed by staff ("12 500", "12500", "12 500 FCFA") into whole XOF. Pure.
 *
 * Spaces of any kind are digit groups. "," and "." are refused: XOF has no decimals, and
 * "12,500" / "12.500" are ambiguous (a decimal in French, a thousands group in English) — on a
 * money form we ask rather than guess. Range checks (minimum, maximum) belong to the caller.
 */

export type XofInputError =
  "empty" | "negative" | "decimal" | "ambiguous_separator" | "invalid" | "too_large";

export type XofInputResult = { ok: true; value: number } | { ok: false; reason: XofInputError };

const CURRENCY_SUFFIX = /(?:f\s*cfa|fcfa|cfa|xof|f)$/i;
const GROUPED_LIKE_THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+$/;

export function parseXofInput(text: string): XofInputResult {
  const compact = text
    .trim()
    .replace(CURRENCY_SUFFIX, "")
    .replace(/[\s\u00a0\u2009\u202f]/g, "");
  if (compact === "") return { ok: false, reason: "empty" };
  if (/^[-\u2212]/.test(compact)) return { ok: false, reason: "negative" };
  const unsigned = compact.replace(/^\+/, "");
  if (GROUPED_LIKE_THOUSANDS.test(unsigned)) return { ok: false, reason: "ambiguous_separator" };
  if (/^\d*[.,]\d*$/.test(unsigned) && /\d/.test(unsigned)) return { ok: false, reason: "decimal" };
  if (!/^\d+$/.test(unsigned)) return { ok: false, reason: "invalid" };
  const value = Number(unsigned);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: "too_large" };
  return { ok: true, value };
}
