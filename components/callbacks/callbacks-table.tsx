"use client";

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
  return (
    <li className="px-5 py-4" data-testid="callback-delivery" data-outcome={row.outcome}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <OutcomeBadge outcome={row.outcome} />
          {row.isDuplicateCopy ? <Badge tone="neutral">{t("duplicateCopy")}</Badge> : null}
          <span className="text-xs text-ink-muted">
            {t(`kinds.${row.kind}`)} · {row.contentType.includes("json") ? "JSON" : t("form")}
          </span>
        </div>
        <div className="flex items-center gap-3 text-xs text-ink-muted">
          <time dateTime={row.receivedAt}>{format.dateTime(new Date(row.receivedAt), "precise")}</time>
          <IpAddress ip={row.sourceIp} />
          <Button
            variant="secondary"
            className="px-3 py-1 text-xs"
            disabled={reverify.isPending}
            onClick={() => reverify.mutate(row.id)}
          >
            {reverify.isPending ? t("reverifying") : t("reverify")}
          </Button>
        </div>
      </div>
      <div className="mt-3 grid grid-cols-2 gap-2 text-sm sm:gap-3">
        <dl className="min-w-0 rounded-lg bg-surface-sunken px-3 py-2">
          <dt className="text-xs font-medium uppercase tracking-wide text-ink-muted">{t("claim")}</dt>
          <dd className="mt-1 text-ink">
            {status(row.claimedStatus)} · {amount(row.claimedAmount)}
          </dd>
          <dd className="mt-0.5 truncate font-mono text-xs text-ink-muted">
            {row.claimedTransactionId ?? t("noTransactionId")}
          </dd>
        </dl>
        <dl className="min-w-0 rounded-lg bg-surface-sunken px-3 py-2">
          <dt className="text-xs font-medium uppercase tracking-wide text-ink-muted">{t("verified")}</dt>
          <dd className="mt-1 text-ink">
            {status(row.verifiedStatus)} · {amount(row.verifiedAmount)}
          </dd>
          <dd className="mt-0.5 text-xs text-ink-muted">
            {link ? (
              <a href={link} className="text-brand-700 hover:underline">
                {t(row.invoiceId ? "openInvoice" : "openPayout")}
                {row.documentNumber ? ` ${row.documentNumber}` : ""}
              </a>
            ) : (
              t("notLinked")
            )}
          </dd>
        </dl>
      </div>
      {t.has(`outcomeHints.${row.outcome}`) ? (
        <p className="mt-2 text-xs text-ink-muted">{t(`outcomeHints.${row.outcome}`)}</p>
      ) : null}
      {row.flagReason ? <FlagReason reason={row.flagReason} className="mt-2" /> : null}
      {reverify.isError ? (
        <p className="mt-2 text-xs text-danger" role="alert">
          {reverify.error.message}
        </p>
      ) : null}
      <details className="mt-2">
        <summary className="cursor-pointer text-xs text-brand-700">{t("rawBody")}</summary>
        <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-lg bg-surface-sunken p-3 font-mono text-xs text-ink">
          {row.body}
        </pre>
      </details>
    </li>
  );
}
