/** Locales Caisse speaks. French first: the staff and customers work in French. */
export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";
/** Cookie that remembers a person's language choice. */
export const localeCookie = "CAISSE_LOCALE";

/** One JSON file per namespace in messages/<locale>/: add a file here when you add one there. */
export const namespaces = [
  "common",
  "nav",
  "status",
  "errors",
  "auth",
  "users",
  "audit",
  "overview",
  "gateway",
  "invoices",
  "pay",
  "payouts",
  "payoutBatches",
  "callbacks",
  "ledger",
  "transactions",
  "goLive",
  "apiKeys",
  "webhooks",
  "apiReference",
] as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
