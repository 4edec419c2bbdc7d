import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { OPERATORS, isSupportedByLigdicash, type OperatorCode } from "@/lib/phone";

/** The sub-accounts LigdiCash pays out from: one threshold each. */
export const ALERT_OPERATORS: OperatorCode[] = OPERATORS.filter(isSupportedByLigdicash).map((o) => o.code);

/** XOF below which a sub-account's balance raises the alert; null turns it off. Shared by the form and the route. */
export function balanceThresholdsSchema(t: Translate) {
  const threshold = z
    .number(t("payouts.alerts.errors.threshold"))
    .int(t("payouts.alerts.errors.threshold"))
    .min(1, t("payouts.alerts.errors.threshold"))
    .max(1_000_000_000, t("payouts.alerts.errors.threshold"))
    .nullable();
  return z.object({
    thresholds: z
      .object(
        Object.fromEntries(ALERT_OPERATORS.map((code) => [code, threshold])) as Record<
          OperatorCode,
          typeof threshold
        >,
      )
      .partial(),
  });
}

export type BalanceThresholdsInput = z.output<ReturnType<typeof balanceThresholdsSchema>>;
