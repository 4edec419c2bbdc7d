"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { SaveFooter } from "@/components/ui/save-footer";
import { TextField } from "@/components/ui/text-field";
import type { BalanceAlert } from "@/lib/balance-alerts/get-balance-alerts";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useSaveBalanceThresholds } from "@/lib/hooks/payouts";
import { formatXof } from "@/lib/money";

/** What was typed: empty turns the alert off; digits (spaces allowed) are XOF; anything else is refused by the schema. */
function readThreshold(text: string): unknown {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  return /^\d+$/.test(compact) ? Number(compact) : compact;
}

/** Managers and admins: below which balance each payout sub-account raises the alert. */
export function BalanceAlertsForm({ alerts }: { alerts: BalanceAlert[] }) {
  const t = useTranslations("payouts.alerts");
  const tAll = useTranslations();
  const locale = useLocale() === "en" ? "en" : "fr";
  const save = useSaveBalanceThresholds();
  const [text, setText] = useState<Record<string, string>>(
    Object.fromEntries(alerts.map((a) => [a.operator, a.threshold === null ? "" : String(a.threshold)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The schema (and zod) load on the first save: the payouts page's first load stays light.
    const { balanceThresholdsSchema } = await import("@/lib/balance-alerts/schemas");
    const thresholds = Object.fromEntries(
      alerts.map((a) => [a.operator, readThreshold(text[a.operator] ?? "")]),
    );
    const checked = balanceThresholdsSchema((key, values) => tAll(key, values)).safeParse({ thresholds });
    if (!checked.success) {
      setErrors(
        Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[1]), issue.message])),
      );
      return;
    }
    setErrors({});
    save.mutate(checked.data);
  }

  const serverError = save.error instanceof ApiRequestError ? save.error : null;
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4 p-5" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        {alerts.map((alert) => (
          <TextField
            key={alert.operator}
            label={t("thresholdLabel", { operator: operatorLabel(alert.operator) })}
            hint={t("thresholdHint", { balance: formatXof(alert.balance, locale) })}
            name={`threshold-${alert.operator}`}
            inputMode="numeric"
            value={text[alert.operator] ?? ""}
            onChange={(e) => {
              if (save.isError || save.isSuccess) save.reset();
              setText((all) => ({ ...all, [alert.operator]: e.target.value }));
            }}
            error={
              errors[alert.operator] ??
              serverError?.fields.find((f) => f.path.endsWith(alert.operator))?.message
            }
            className="w-full sm:w-80"
          />
        ))}
      </div>
      <SaveFooter
        error={serverError && serverError.fields.length === 0 ? serverError.message : null}
        pending={save.isPending}
        label={t("save")}
        notice={save.isSuccess ? t("saved") : null}
      />
    </form>
  );
}
