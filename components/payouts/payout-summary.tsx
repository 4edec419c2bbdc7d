"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { operatorLabel } from "@/components/transactions/operator-label";
import { formatXof } from "@/lib/money";
import type { ApprovalReason } from "@/lib/payouts/approval-rules";
import type { RequestPayoutInput } from "@/lib/payouts/schemas";
import { detectOperator, formatPhone } from "@/lib/phone";

type Props = {
  input: RequestPayoutInput;
  /** Who the number belongs to, when Caisse knows (the customer who paid the refunded invoice). */
  name: string | null;
  phone: string;
  balance: number | null;
  /** The sub-account's low-balance threshold (XOF), when one is set. */
  threshold: number | null;
  approvalReasons: ApprovalReason[];
  pending: boolean;
  error: string | null;
  onEdit: () => void;
  onConfirm: () => void;
};

/** Last look before real money leaves: who, how much, from which sub-account, how. */
export function PayoutSummary({
  input,
  name,
  phone,
  balance,
  threshold,
  approvalReasons,
  pending,
  error,
  onEdit,
  onConfirm,
}: Props) {
  const t = useTranslations("payouts");
  const locale = useLocale() === "en" ? "en" : "fr";
  const operator = detectOperator(phone);
  const needsApproval = approvalReasons.length > 0;
  const row = (label: string, value: string, testId?: string) => (
    <div className="flex justify-between gap-4 py-2">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="text-right font-medium text-ink" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="space-y-4 p-5" data-testid="payout-summary">
      <p className="rounded-lg bg-warning-soft px-3 py-2 text-sm font-medium text-warning">
        {t("form.confirmTitle")}
      </p>
      {error ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <dl className="divide-y divide-surface-line text-sm">
        {row(t("detail.amount"), formatXof(input.amount, locale), "summary-amount")}
        {name ? row(t("detail.recipientName"), name, "summary-name") : null}
        {row(t("detail.recipient"), formatPhone(phone), "summary-phone")}
        {row(t("detail.source"), t(`sources.${input.recipient.source}`))}
        {row(
          t("detail.operator"),
          `${operator ? operatorLabel(operator.code) : "—"}${balance !== null ? ` — ${t("form.knownBalance", { balance: formatXof(balance, locale) })}` : ""}`,
          "summary-operator",
        )}
        {row(t("detail.destination"), t(`destinations.${input.destination}`))}
        {input.destination === "wallet"
          ? row(t("detail.topUp"), t(input.keepInWallet ? "topUp.keep" : "topUp.forward"))
          : null}
        {row(t("detail.purpose"), t(`purposes.${input.purpose}`))}
        {row(t("detail.reason"), input.reason)}
      </dl>
      {balance !== null && balance < input.amount ? (
        <p className="text-sm text-warning">{t("form.balanceLow")}</p>
      ) : balance !== null && threshold !== null && balance - input.amount < threshold ? (
        <p
          role="status"
          className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning"
          data-testid="summary-threshold"
        >
          {t("alerts.formWarning", {
            after: formatXof(balance - input.amount, locale),
            threshold: formatXof(threshold, locale),
          })}
        </p>
      ) : null}
      {needsApproval ? (
        <div className="text-sm text-ink-muted" data-testid="summary-approval">
          <p className="font-medium text-ink">{t("form.approvalRequired")}</p>
          <ul className="mt-1 list-disc pl-5">
            {approvalReasons.map((reason) => (
              <li key={reason}>{t(`approvalReasons.${reason}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onConfirm} disabled={pending}>
          {pending
            ? t("form.sending")
            : needsApproval
              ? t("form.confirmRequest")
              : t("form.confirmSend", { amount: formatXof(input.amount, locale) })}
        </Button>
        <Button type="button" variant="secondary" onClick={onEdit} disabled={pending}>
          {t("form.edit")}
        </Button>
      </div>
    </div>
  );
}
