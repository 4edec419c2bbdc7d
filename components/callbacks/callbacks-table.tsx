"use client";

import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DeliveryRow } from "@/lib/callbacks/list-deliveries";
import type { CallbackFilters } from "@/lib/callbacks/schemas";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { useCallbackDeliveries, useReverifyDelivery } from "@/lib/hooks/callbacks";
import { IpAddress } from "@/components/audit/audit-entry";
import { FlagReason, useGatewayStatusWord } from "./flag-reason";
import { OutcomeBadge } from "./outcome-badge";

type Page = { rows: DeliveryRow[]; nextCursor: string | null };

export function CallbacksTable({ filters, initial }: { filters: CallbackFilters; initial: Page }) {
  const t = useTranslations("callbacks");
  const { data } = useCallbackDeliveries(filters, initial);
  const older = new URLSearchParams(
    Object.entries({ ...filters, cursor: data.nextCursor ?? "" }).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
    ),
  );
  const newest = new URLSearchParams(
    Object.entries({ ...filters, cursor: "" }).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
    ),
  );
  if (data.rows.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("empty")}</p>;
  return (
    <>
      <ol className="divide-y divide-surface-line" data-testid="callback-deliveries">
        {data.rows.map((row) => (
          <DeliveryItem key={row.id} row={row} />
        ))}
      </ol>
      {filters.cursor || data.nextCursor ? (
        <nav className="flex justify-between border-t border-surface-line px-5 py-3 text-sm">
          {filters.cursor ? (
            <a href={`/callbacks?${newest.toString()}`} className="text-brand-700 hover:underline">
              {t("newest")}
            </a>
          ) : (
            <span />
          )}
          {data.nextCursor ? (
            <a href={`/callbacks?${older.toString()}`} className="text-brand-700 hover:underline">
              {t("older")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

function DeliveryItem({ row }: { row: DeliveryRow }) {
  const t = useTranslations("callbacks");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const reverify = useReverifyDelivery();
  const amount = (value: number | null) => (value === null ? "—" : formatXof(value, locale));
  const status = useGatewayStatusWord();
  const link = row.invoiceId
    ? `/invoices/${row.invoiceId}`
    : row.payoutId
      ? `/payouts/${row.payoutId}`
      : null;
  // Folded: a list a phone scans, one delivery in two lines (verdict and time, reference and amount).
  return (
    <li className="px-5 py-3" data-testid="callback-delivery" data-outcome={row.outcome}>
      <div className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <OutcomeBadge outcome={row.outcome} />
          {row.isDuplicateCopy ? <Badge tone="neutral">{t("duplicateCopy")}</Badge> : null}
        </div>
        <time dateTime={row.receivedAt} className="shrink-0 pt-0.5 text-xs tabular-nums text-ink-muted">
          {format.dateTime(new Date(row.receivedAt), "precise")}
        </time>
      </div>
      <p className="mt-1 flex min-w-0 items-baseline gap-2 text-sm">
        {link ? (
          <a href={link} className="shrink-0 text-brand-700 hover:underline">
            {row.documentNumber ?? t(row.invoiceId ? "openInvoice" : "openPayout")}
          </a>
        ) : (
          <span className="min-w-0 truncate font-mono text-xs text-ink-muted">
            {row.claimedTransactionId ?? t("noTransactionId")}
          </span>
        )}
        <span className="shrink-0 tabular-nums text-ink">
          {amount(row.verifiedAmount ?? row.claimedAmount)}
        </span>
        <span className="min-w-0 truncate text-xs text-ink-muted">{t(`kinds.${row.kind}`)}</span>
      </p>
      {row.flagReason ? <FlagReason reason={row.flagReason} className="mt-1" /> : null}
      {reverify.isError ? (
        <p className="mt-1 text-xs text-danger" role="alert">
          {reverify.error.message}
        </p>
      ) : null}
      <details className="group mt-1">
        <summary className="cursor-pointer text-xs text-brand-700">{t("details")}</summary>
        <div className="mt-2 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2 sm:gap-3">
          <Side
            title={t("claim")}
            said={`${status(row.claimedStatus)} · ${amount(row.claimedAmount)}`}
            className="truncate font-mono"
          >
            {row.claimedTransactionId ?? t("noTransactionId")}
          </Side>
          <Side title={t("verified")} said={`${status(row.verifiedStatus)} · ${amount(row.verifiedAmount)}`}>
            {link ? (
              <a href={link} className="text-brand-700 hover:underline">
                {t(row.invoiceId ? "openInvoice" : "openPayout")}
                {row.documentNumber ? ` ${row.documentNumber}` : ""}
              </a>
            ) : (
              t("notLinked")
            )}
          </Side>
        </div>
        {t.has(`outcomeHints.${row.outcome}`) ? (
          <p className="mt-2 text-xs text-ink-muted">{t(`outcomeHints.${row.outcome}`)}</p>
        ) : null}
        <div className="mt-2 flex flex-wrap items-center gap-3 text-xs text-ink-muted">
          <span>
            {t("source")} <IpAddress ip={row.sourceIp} /> ·{" "}
            {row.contentType.includes("json") ? "JSON" : t("form")}
          </span>
          <Button
            variant="secondary"
            className="px-3 py-1 text-xs"
            disabled={reverify.isPending}
            onClick={() => reverify.mutate(row.id)}
          >
            {reverify.isPending ? t("reverifying") : t("reverify")}
          </Button>
        </div>
        <details className="mt-2">
          <summary className="cursor-pointer text-xs text-brand-700">{t("rawBody")}</summary>
          <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-lg bg-surface-sunken p-3 font-mono text-xs text-ink">
            {row.body}
          </pre>
        </details>
      </details>
    </li>
  );
}

/** One side of a delivery: what the notification claimed, or what LigdiCash confirmed when asked. */
function Side({
  title,
  said,
  className = "",
  children,
}: {
  title: string;
  said: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <dl className="min-w-0 rounded-lg bg-surface-sunken px-3 py-2">
      <dt className="text-xs font-medium uppercase tracking-wide text-ink-muted">{title}</dt>
      <dd className="mt-1 text-ink">{said}</dd>
      <dd className={`mt-0.5 text-xs text-ink-muted ${className}`}>{children}</dd>
    </dl>
  );
}
