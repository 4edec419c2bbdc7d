import en from "@/messages/en/gateway.json";
import fr from "@/messages/fr/gateway.json";
import type { GatewayErrorCode } from "./error-codes";

/**
 * Staff-facing text for a gateway error code outside React (jobs, logs shown to staff, emails).
 * React code uses next-intl's `gateway.errors.<code>` — the same JSON files. Pure.
 */

export type MessageLocale = "fr" | "en";

const ERROR_MESSAGES: Record<MessageLocale, Record<string, string>> = { fr: fr.errors, en: en.errors };

export function gatewayErrorMessage(code: GatewayErrorCode, locale: MessageLocale): string {
  // A code added without its text still shows something actionable, never a raw key.
  return ERROR_MESSAGES[locale][code] ?? ERROR_MESSAGES[locale].api_error ?? code;
}
