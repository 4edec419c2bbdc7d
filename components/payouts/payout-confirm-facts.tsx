"use client";

import { useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { formatXof } from "@/lib/money";
import type { ViewedPayoutDetail } from "@/lib/payouts/allowed-actions";
import { formatPhone } from "@/lib/phone";

/** What a manager or the requester reads before money leaves: how much, to whom, from which
 * sub-account and what Caisse knows is in it (`moving`: false when nothing will leave, e.g. a cancel). */
export function PayoutConfirmFacts({
  detail,
  moving = true,
}: {
  detail: ViewedPayoutDetail;
  moving?: boolean;
}) {
  const t = useTranslations("payouts");
  const locale = useLocale() === "en" ? "en" : "fr";
  const { payout, invoice, operatorBalance } = detail;
  const name = invoice?.customerName || t(`purposes.${payout.purpose}`);
  const row = (label: string, value: string, testId: string) => (
    <div className="flex flex-wrap justify-between gap-x-4 py-2">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="text-right font-medium text-ink" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <>
      <dl className="divide-y divide-surface-line">
        {row(
          t("detail.number"),
          invoice ? `${payout.number} (${invoice.number})` : payout.number,
          "confirm-number",
        )}
        {row(t("detail.amount"), formatXof(payout.amount, locale), "confirm-amount")}
        {row(t("detail.recipient"), `${name} — ${formatPhone(payout.recipientPhone)}`, "confirm-recipient")}
        {row(t("detail.operator"), operatorLabel(payout.operator), "confirm-operator")}
        {moving ? row(t("confirm.balance"), formatXof(operatorBalance, locale), "confirm-balance") : null}
      </dl>
      {moving && operatorBalance < payout.amount ? (
        <p className="mt-2 text-warning">{t("form.balanceLow")}</p>
      ) : null}
    </>
  );
}
