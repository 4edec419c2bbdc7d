import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { configuredAmountLimits, ligdicash } from "@/lib/ligdicash";
import { schemaTranslator as translatorFor } from "@/lib/i18n/schema-translator";
import type { AmountLimits, Translate } from "./schemas";

/** What the invoice operations need in the running app (tests pass their own). */
export function invoiceDeps() {
  return { db: db(), gateway: ligdicash(), publicUrl: env().CAISSE_PUBLIC_URL };
}

export function amountLimits(): AmountLimits {
  return configuredAmountLimits();
}

/** The schema's messages in the request's language (the form uses the same keys in the browser). */
export function schemaTranslator(): Promise<Translate> {
  return translatorFor("invoices");
}
