import type { Locale } from "@/i18n/config";

/**
 * XOF display. Pure (no server-only): server pages and browser forms must print the same string,
 * otherwise React hydration fails on the first amount.
 *
 * Separators, chosen once so the output never depends on the ICU version of the runtime:
 * - French digit groups: U+202F NARROW NO-BREAK SPACE. It is CLDR's French group separator since
 *   CLDR 34 and what Node 20, Chrome and Firefox print; older ICU builds (and some Safari versions)
 *   print U+00A0 instead, so every space-like separator Intl returns is rewritten to U+202F.
 * - Between the number and "FCFA": U+00A0 NO-BREAK SPACE in both languages (CLDR puts U+00A0
 *   before a currency unit in French), so an amount never wraps across two lines.
 * - English keeps Intl's comma groups: `12,500 FCFA`.
 * "FCFA" is written by us rather than Intl's currency style, which prints "F CFA" in French and
 * "CFA" in English.
 * - A negative amount starts with U+2212 MINUS SIGN ("−4 500 FCFA") in both languages, whatever
 *   Intl prints: a hyphen is shorter than the digits and reads as a dash in a table.
 */

export const NARROW_NO_BREAK_SPACE = "\u202f";
export const NO_BREAK_SPACE = "\u00a0";
export const MINUS_SIGN = "\u2212";

const formatters = new Map<Locale, Intl.NumberFormat>();

function getFormatter(locale: Locale): Intl.NumberFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Formats a whole number of francs CFA: fr `12 500 FCFA`, en `12,500 FCFA`. */
export function formatXof(amount: number | bigint, locale: Locale): string {
  if (typeof amount === "number" && !Number.isSafeInteger(amount)) {
    // XOF has no minor unit: a fraction here is a bug upstream, not something to round away.
    throw new RangeError(`formatXof: ${amount} is not a whole number of XOF`);
  }
  const digits = getFormatter(locale)
    .format(amount)
    .replace(/[\s\u00a0\u2009\u202f]/g, NARROW_NO_BREAK_SPACE)
    .replace(/^[-\u2212]/, MINUS_SIGN);
  return `${digits}${NO_BREAK_SPACE}FCFA`;
}

/** A movement's effect on a balance, always signed: `+12 500 FCFA`, `−4 500 FCFA`, `0 FCFA`. */
export function formatSignedXof(amount: number | bigint, locale: Locale): string {
  return `${amount > 0 ? "+" : ""}${formatXof(amount, locale)}`;
}
