"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { UnknownStatusNotice } from "@/components/transactions/unknown-status-notice";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { ViewedInvoiceDto } from "@/lib/invoices/allowed-actions";
import { useGatewayErrorMessage } from "@/lib/i18n/use-gateway-error-message";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useInvoice, useRevokeInvoice, useVerifyInvoice } from "@/lib/hooks/invoices";
import { InvoiceMetadataBlock } from "./invoice-metadata";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { InvoiceTimeline } from "./invoice-timeline";
import { CopyLink, ShareLink } from "./share-link";

type Props = { initial: ViewedInvoiceDto; qrDataUrl: string; merchant: string };

function Notice({
  tone,
  children,
  testId,
}: {
  tone: "danger" | "warning" | "info" | "success";
  children: ReactNode;
  testId?: string;
}) {
  const tones = {
    danger: "bg-danger-soft text-danger",
    warning: "bg-warning-soft text-warning",
    info: "bg-info-soft text-info",
    success: "bg-success-soft text-success",
  };
  return (
    <div role="status" data-testid={testId} className={`rounded-lg px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}

export function InvoiceDetail({ initial, qrDataUrl, merchant }: Props) {
  const t = useTranslations("invoices");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const gatewayErrorMessage = useGatewayErrorMessage();
  const { data: invoice } = useInvoice(initial);
  const allowed = invoice.allowedActions;
  const revoke = useRevokeInvoice();
  const verify = useVerifyInvoice();
  const actionError = [revoke.error, verify.error].find((e) => e instanceof ApiRequestError);
  const date = (iso: string) => format.dateTime(new Date(iso), "moment");
  const money = (amount: number) => formatXof(amount, locale);
  const state = invoice.displayState;
  const open = state === "awaiting_payment" && invoice.status === "pending";
  const reason = gatewayErrorMessage;

  const rows: [string, ReactNode][] = [
    [
      t("detail.customer"),
      <>
        {`${invoice.customerFirstname} ${invoice.customerLastname}`}
        <br />
        <span className="text-ink-muted">{invoice.customerEmail}</span>
        {invoice.customerPhone ? (
          <>
            <br />
            <span className="text-ink-muted">{formatPhone(invoice.customerPhone)}</span>
          </>
        ) : null}
      </>,
    ],
    [t("detail.channel"), t(`channel.${invoice.channel}`)],
    [t("detail.operator"), invoice.operator ? operatorLabel(invoice.operator) : t("detail.operatorPending")],
    ...(invoice.payerPhone
      ? [[t("detail.payer"), formatPhone(invoice.payerPhone)] as [string, ReactNode]]
      : []),
    ...(invoice.merchantReference
      ? [[t("detail.reference"), invoice.merchantReference] as [string, ReactNode]]
      : []),
    [t("detail.expiresAt"), invoice.expiresAt ? date(invoice.expiresAt) : t("detail.never")],
    [t("detail.createdBy"), invoice.createdByName],
  ];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link href="/invoices" className="text-sm text-brand-700 hover:underline">
            ← {t("detail.back")}
          </Link>
          <p className="mt-2 text-sm font-medium tabular-nums text-ink-muted" data-testid="invoice-number">
            {invoice.number}
          </p>
          <p className="mt-1 text-3xl font-semibold tabular-nums text-ink" data-testid="invoice-amount">
            {formatXof(invoice.totalAmount, locale)}
          </p>
          <p className="mt-1 text-sm text-ink-muted">{invoice.description}</p>
          <div className="mt-2">
            <InvoiceStatusBadge status={invoice.status} state={state} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {allowed.verify ? (
            <Button variant="secondary" disabled={verify.isPending} onClick={() => verify.mutate(invoice.id)}>
              {verify.isPending ? t("detail.verifying") : t("detail.verify")}
            </Button>
          ) : null}
          {allowed.refund ? (
            <Link
              href={`/payouts/new?invoice=${invoice.id}`}
              className="inline-flex items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("detail.refund")}
            </Link>
          ) : null}
          {allowed.revoke ? (
            <Button
              variant="danger"
              disabled={revoke.isPending}
              onClick={() =>
                window.confirm(t("detail.revokeConfirm", { number: invoice.number })) &&
                revoke.mutate(invoice.id)
              }
            >
              {t("detail.revoke")}
            </Button>
          ) : null}
        </div>
      </div>

      {actionError ? (
        <Notice tone="danger" testId="invoice-action-error">
          {actionError.fields[0]?.message ?? actionError.message}
        </Notice>
      ) : null}
      <UnknownStatusNotice word={invoice.unknownGatewayStatus} />
      {invoice.status === "failed" ? (
        <Notice tone="danger" testId="invoice-failure">
          {t("detail.failed", { reason: reason(invoice.failureCode) })}
        </Notice>
      ) : null}
      {invoice.status === "unknown" || invoice.stuck ? (
        <Notice tone="warning" testId="invoice-unknown">
          <p>{invoice.channel === "direct" ? t("detail.unknownDirect") : t("detail.unknown")}</p>
          {invoice.failureCode ? <p className="mt-1 text-xs">{reason(invoice.failureCode)}</p> : null}
        </Notice>
      ) : null}
      {allowed.recreate ? (
        <Link
          href={`/invoices/new?from=${invoice.id}`}
          className="inline-flex text-sm font-medium text-brand-700 hover:underline"
        >
          {t("detail.recreate")} →
        </Link>
      ) : null}
      {(invoice.status === "sending" || invoice.status === "draft") && !invoice.stuck ? (
        <Notice tone="info">{t("detail.sending")}</Notice>
      ) : null}
      {state === "revoked" && invoice.revokedAt ? (
        <Notice tone="warning">{t("detail.revoked", { date: date(invoice.revokedAt) })}</Notice>
      ) : null}
      {state === "expired" && invoice.expiresAt ? (
        <Notice tone="warning">{t("detail.expired", { date: date(invoice.expiresAt) })}</Notice>
      ) : null}
      {open && invoice.channel === "direct" ? <Notice tone="info">{t("detail.directPending")}</Notice> : null}
      {invoice.status === "completed" && invoice.settledAt ? (
        <Notice tone="success">{t("detail.paid", { date: date(invoice.settledAt) })}</Notice>
      ) : null}
      {state === "refunded" ? (
        <Notice tone="info" testId="invoice-refunded">
          {t("detail.refunded", { amount: money(invoice.refundedAmount) })}
        </Notice>
      ) : null}
      {state === "partially_refunded" ? (
        <Notice tone="info" testId="invoice-refunded">
          {t("detail.partiallyRefunded", {
            refunded: money(invoice.refundedAmount),
            total: money(invoice.totalAmount),
          })}
        </Notice>
      ) : null}
      {invoice.refundingAmount > 0 ? (
        <Notice tone="info" testId="invoice-refunding">
          {t("detail.refunding", { amount: money(invoice.refundingAmount) })}
        </Notice>
      ) : null}
      {state === "not_completed" && invoice.status === "notcompleted" ? (
        <Notice tone="danger">{t("detail.notPaid")}</Notice>
      ) : null}

      {invoice.channel === "hosted" && invoice.hasPaymentPage && state === "awaiting_payment" ? (
        <Card>
          <CardHeader title={t("detail.share")} />
          <ShareLink
            url={invoice.payUrl}
            qrDataUrl={qrDataUrl}
            merchant={merchant}
            amount={invoice.totalAmount}
          />
        </Card>
      ) : null}
      {invoice.status === "completed" && invoice.receiptUrl ? (
        <Card>
          <CardHeader title={t("detail.receipt")} />
          <div className="space-y-3 p-5">
            <p className="text-sm text-ink-muted">{t("detail.receiptHint")}</p>
            <CopyLink
              url={invoice.receiptUrl}
              label={t("detail.receiptLink")}
              copyLabel={t("detail.copyReceipt")}
              testId="receipt-url"
            />
          </div>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Card>
            <dl className="grid gap-x-6 gap-y-4 p-5 sm:grid-cols-2">
              {rows.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs font-medium uppercase tracking-wide text-ink-muted">{label}</dt>
                  <dd className="mt-1 text-sm text-ink">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <InvoiceMetadataBlock metadata={invoice.metadata} />
          <Card>
            <CardHeader title={t("detail.items")} />
            <table className="w-full text-sm">
              <tbody className="divide-y divide-surface-line">
                {invoice.items.map((item, index) => (
                  <tr key={index}>
                    <td className="px-5 py-3">
                      <p className="font-medium text-ink">{item.name}</p>
                      {item.description ? <p className="text-xs text-ink-muted">{item.description}</p> : null}
                    </td>
                    <td className="whitespace-nowrap px-3 py-3 text-right text-ink-muted">
                      {item.quantity} × {formatXof(item.unitPrice, locale)}
                    </td>
                    <td className="whitespace-nowrap px-5 py-3 text-right tabular-nums text-ink">
                      {formatXof(item.totalPrice, locale)}
                    </td>
                  </tr>
                ))}
                <tr>
                  <td className="px-5 py-3 font-semibold text-ink" colSpan={2}>
                    {t("items.total")}
                  </td>
                  <td className="px-5 py-3 text-right font-semibold tabular-nums text-ink">
                    {formatXof(invoice.totalAmount, locale)}
                  </td>
                </tr>
              </tbody>
            </table>
          </Card>
        </div>
        <Card className="lg:col-span-2">
          <CardHeader
            title={t("detail.timeline")}
            hint={
              invoice.lastCheckedAt
                ? t("detail.lastChecked", { date: date(invoice.lastCheckedAt) })
                : undefined
            }
          />
          <InvoiceTimeline events={invoice.timeline} />
        </Card>
      </div>
    </div>
  );
}
