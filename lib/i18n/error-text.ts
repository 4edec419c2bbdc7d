import type { Locale } from "@/i18n/config";
import type { ErrorText } from "@/lib/http/app-error";
import { formatXof } from "@/lib/money";

/** A next-intl translator over all namespaces (`getTranslations()` in a request, `translatorFor` elsewhere). */
export type Translator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** The words of a refusal named by domain code: its message, amounts formatted for the reader. */
export function describeErrorText(t: Translator, text: ErrorText, locale: Locale): string | null {
  if (!t.has(text.key)) return null;
  const amounts = Object.entries(text.amounts ?? {}).map(([name, amount]) => [
    name,
    formatXof(amount, locale),
  ]);
  return t(text.key, Object.fromEntries(amounts) as Record<string, string>);
}

/** The key of a gateway error code's staff text; a code added without its text reads as the generic one. */
export function gatewayErrorKey(t: Pick<Translator, "has">, code: string | null): string {
  // Any string: a code stored on an old row may no longer be one of today's GatewayErrorCode values.
  return code && t.has(`gateway.errors.${code}`) ? `gateway.errors.${code}` : "gateway.errors.api_error";
}

/** Staff text for a LigdiCash error code (jobs, tests, server pages). */
export function gatewayErrorText(t: Translator, code: string | null): string {
  return t(gatewayErrorKey(t, code));
}
