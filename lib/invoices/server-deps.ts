import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ligdicash } from "@/lib/ligdicash";
import type { AmountLimits, Translate } from "./schemas";

/** What the invoice operations need in the running app (tests pass their own). */
export function invoiceDeps() {
  return { db: db(), gateway: ligdicash(), publicUrl: env().CAISSE_PUBLIC_URL };
}

export function amountLimits(): AmountLimits {
  const e = env();
  return { minAmount: e.LIGDICASH_MIN_AMOUNT, maxAmount: e.LIGDICASH_MAX_AMOUNT };
}

/** The schema's messages in the request's language (the form uses the same keys in the browser). */
export async function schemaTranslator(): Promise<Translate> {
  const t = await getTranslations("invoices");
  return (key, values) => t(key, values);
}
