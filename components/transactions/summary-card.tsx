import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import type { TransactionDetail } from "@/lib/transaction-history/get-transaction";
import { operatorLabel } from "./operator-label";
import { StatusBadge } from "./status-badge";
import { UnknownStatusNotice } from "./unknown-status-notice";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4 px-5 py-2.5 text-sm">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 text-right text-ink [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** Who, what, how much and where it stands — the facts above the story. */
export async function SummaryCard({ detail, locale }: { detail: TransactionDetail; locale: Locale }) {
  const [t, tg, format] = await Promise.all([
    getTranslations("transactions"),
    getTranslations("gateway"),
    getFormatter(),
  ]);
  const failure = (code: string) =>
    tg.has(`errors.${code}`) ? tg(`errors.${code}`) : tg("errors.api_error");
  if (detail.kind === "payin") {
    const i = detail.invoice;
    return (
      <Card>
        <CardHeader title={t("detail.summary")} />
        <UnknownStatusNotice word={i.unknownGatewayStatus} className="mx-5 mt-4" />
        <dl className="divide-y divide-surface-line" data-testid="transaction-summary">
          <Item label={t("detail.number")}>
            <span className="tabular-nums">{i.number}</span>
          </Item>
          <Item label={t("detail.status")}>
            <StatusBadge kind="invoice" status={i.status} state={i.displayState} />
          </Item>
          <Item label={t("detail.amount")}>
            <span className="font-semibold tabular-nums">{formatXof(i.totalAmount, locale)}</span>
          </Item>
          <Item label={t("detail.customer")}>{`${i.customerFirstname} ${i.customerLastname}`}</Item>
          <Item label={t("detail.phone")}>
            {(i.payerPhone ?? i.customerPhone) ? formatPhone((i.payerPhone ?? i.customerPhone)!) : "—"}
          </Item>
          <Item label={t("detail.operator")}>{i.operator ? operatorLabel(i.operator) : "—"}</Item>
          <Item label={t("detail.reference")}>{i.merchantReference ?? "—"}</Item>
          <Item label={t("detail.requestId")}>
            <span className="font-mono text-xs">{i.gatewayRequestId ?? "—"}</span>
          </Item>
          <Item label={t("detail.createdBy")}>{i.createdBy.name}</Item>
          <Item label={t("detail.createdAt")}>{format.dateTime(i.createdAt, "moment")}</Item>
          <Item label={t("detail.settledAt")}>
            {i.settledAt ? format.dateTime(i.settledAt, "moment") : "—"}
          </Item>
          {i.failureCode ? <Item label={t("detail.failureCode")}>{failure(i.failureCode)}</Item> : null}
        </dl>
      </Card>
    );
  }
  const p = detail.payout;
  return (
    <Card>
      <CardHeader title={t("detail.summary")} />
      <UnknownStatusNotice word={p.unknownGatewayStatus} className="mx-5 mt-4" />
      <dl className="divide-y divide-surface-line" data-testid="transaction-summary">
        <Item label={t("detail.number")}>
          <span className="tabular-nums">{p.number}</span>
        </Item>
        <Item label={t("detail.status")}>
          <StatusBadge kind="payout" status={p.status} />
        </Item>
        <Item label={t("detail.amount")}>
          <span className="font-semibold tabular-nums text-danger">{formatXof(-p.amount, locale)}</span>
        </Item>
        <Item label={t("detail.phone")}>{formatPhone(p.recipientPhone)}</Item>
        <Item label={t("detail.operator")}>{operatorLabel(p.operator)}</Item>
        {p.invoice ? (
          <Item label={t("detail.originInvoice")}>
            <Link href={`/transactions/${p.invoice.id}`} className="text-brand-700 underline">
              {p.invoice.number}
            </Link>
            {` · ${p.invoice.description}`}
          </Item>
        ) : null}
        <Item label={t("detail.requestedBy")}>{p.requestedBy.name}</Item>
        <Item label={t("detail.decidedBy")}>
          {p.decidedBy && p.decidedAt
            ? t("detail.decision", { name: p.decidedBy.name, date: format.dateTime(p.decidedAt, "moment") })
            : "—"}
        </Item>
        <Item label={t("detail.createdAt")}>{format.dateTime(p.createdAt, "moment")}</Item>
        <Item label={t("detail.settledAt")}>
          {p.settledAt ? format.dateTime(p.settledAt, "moment") : "—"}
        </Item>
        {p.failureCode ? <Item label={t("detail.failureCode")}>{failure(p.failureCode)}</Item> : null}
      </dl>
    </Card>
  );
}
