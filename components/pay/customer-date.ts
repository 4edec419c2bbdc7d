import type { Locale } from "@/i18n/config";

/** A moment as the customer pages and the receipt write it: "6 décembre 2026 à 14:05", Ouagadougou time. */
export function customerDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Africa/Ouagadougou",
  }).format(new Date(iso));
}
