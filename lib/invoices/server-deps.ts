import "server-only";
import { configuredAmountLimits } from "@/lib/ligdicash";
import { schemaTranslator as translatorFor } from "@/lib/i18n/schema-translator";
import type { AmountLimits, Translate } from "./schemas";

export function amountLimits(): AmountLimits {
  return configuredAmountLimits();
}

/** The schema's messages in the request's language (the form uses the same keys in the browser). */
export function schemaTranslator(): Promise<Translate> {
  return translatorFor("invoices");
}
