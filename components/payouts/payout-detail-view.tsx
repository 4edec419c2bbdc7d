"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";
import { operatorLabel } from "@/components/transactions/operator-label";
import { formatXof } from "@/lib/money";
import type { ViewedPayoutDetail } from "@/lib/payouts/allowed-actions";
import { formatPhone } from "@/lib/phone";
import { usePayoutDetail } from "@/lib/hooks/payouts";
import { PayoutActions } from "./payout-actions";
import { PayoutHistory } from "./payout-history";
import { PayoutStateNotice } from "./payout-state-notice";
import { PayoutStatusBadge } from "./payout-status-badge";

type Props = { initial: ViewedPayoutDetail };

/** One payout, kept current while it can still change (polling + live-update invalidation). */
export function PayoutDetailView({ initial }: Props) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "fr";
  const { data: detail } = usePayoutDetail(initial.payout.id, initial);
  const { payout } = detail;
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), "moment") : "—");
  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="text-sm text-ink sm:col-span-2" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  const decidedBy =
    payout.status === "rejected"
      ? "detail.rejectedBy"
      : payout.status === "cancelled"
        ? "detail.cancelledBy"
        : "detail.approvedBy";
  const decision = payout.decidedBy
    ? `${t(decidedBy, { name: payout.decidedBy.name })} ${t("detail.decidedAt", { date: when(payout.decidedAt) })}`
    : payout.status === "awaiting_approval"
      ? t("detail.awaitingDecision")
      : t("detail.noDecision");
  return (
    <div className="space-y-6">
      <Link href="/payouts" className="text-sm text-brand-700 hover:underline">
        {t("detail.back")}
      </Link>
      <Card>
        <CardHeader
          title={t(payout.purpose === "refund" ? "detail.titleRefund" : "detail.title", {
            amount: formatXof(payout.amount, locale),
          })}
          hint={`${t(`purposes.${payout.purpose}`)} · ${payout.number}`}
          action={<PayoutStatusBadge status={payout.status} />}
        />
        <PayoutStateNotice detail={detail} />
        <dl className="divide-y divide-surface-line px-5 py-3">
          {fact(t("detail.recipient"), formatPhone(payout.recipientPhone), "payout-recipient")}
          {fact(t("detail.source"), t(`sources.${payout.recipientSource}`))}
          {fact(t("detail.operator"), operatorLabel(payout.operator), "payout-operator")}
          {fact(
            t("detail.destination"),
            `${t(`destinations.${payout.destination}`)}${payout.topUpWallet !== null ? ` — ${t(payout.topUpWallet === 1 ? "topUp.keep" : "topUp.forward")}` : ""}`,
          )}
          {fact(t("detail.reason"), payout.reason)}
          {detail.invoice
            ? fact(
                t("detail.invoice"),
                <>
                  <Link href={`/invoices/${detail.invoice.id}`} className="text-brand-700 underline">
                    {detail.invoice.number}
                  </Link>
                  {` — ${detail.invoice.description} — ${detail.invoice.customerName} — ${formatXof(detail.invoice.totalAmount, locale)}`}
                </>,
              )
            : null}
          {fact(
            t("detail.requestedBy"),
            `${payout.requestedBy.name} ${t("detail.requestedAt", { date: when(payout.createdAt) })}`,
          )}
          {fact(
            t("detail.decision"),
            <>
              <span data-testid="payout-decision">{decision}</span>
              {payout.approvalReasons.length > 0 ? (
                <span className="mt-1 block text-ink-muted" data-testid="payout-approval-reasons">
                  {t("approvalReasons.title")}{" "}
                  {payout.approvalReasons.map((reason) => t(`approvalReasons.${reason}`)).join(" ")}
                </span>
              ) : null}
              {payout.decisionNote ? (
                <span className="block text-ink-muted">
                  {t("detail.note", { note: payout.decisionNote })}
                </span>
              ) : null}
            </>,
          )}
          {fact(t("detail.sentAt"), when(payout.sentAt))}
          {fact(t("detail.settledAt"), when(payout.settledAt))}
        </dl>
        <PayoutActions detail={detail} />
      </Card>
      <Card>
        <CardHeader title={t("detail.history")} />
        <PayoutHistory detail={detail} />
      </Card>
    </div>
  );
}
