"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { LiveIndicator } from "@/components/live/live-indicator";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/i18n/config";
import { formatPhone } from "@/lib/phone";
import { useTransactions } from "@/lib/hooks/transactions";
import { SignedAmountCell } from "./signed-amount";
import type { TransactionPageDto, TransactionRowDto } from "@/lib/transaction-history/transaction-dto";
import { operatorLabel } from "./operator-label";
import { invoiceStateTones, payoutTones } from "./status-tones";

function RowStatus({ row }: { row: TransactionRowDto }) {
  const t = useTranslations("status");
  // A payin row carries its invoice's display state; refunds and payouts their own status.
  const [group, tones]: [string, Record<string, Tone>] =
    row.kind === "payin" ? ["invoiceState", invoiceStateTones] : ["payout", payoutTones];
  return (
    <span data-state={row.status}>
      <Badge tone={tones[row.status] ?? "neutral"}>{t(`${group}.${row.status}`)}</Badge>
    </span>
  );
}

/** The history table of one filtered view; `query` is the view's URL query string. */
export function TransactionsTable({ query, initial }: { query: string; initial: TransactionPageDto }) {
  const t = useTranslations("transactions");
  const locale = useLocale() as Locale;
  // Plain Intl rather than next-intl's formatter: same output on server and browser, less JavaScript.
  const dateFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        day: "2-digit",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "Africa/Ouagadougou",
      }),
    [locale],
  );
  const list = useTransactions(query, initial);
  const rows = list.data.pages.flatMap((page) => page.rows);
  if (rows.length === 0) return <p className="px-5 py-10 text-center text-sm text-ink-muted">{t("empty")}</p>;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="transactions-table">
          <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th className="px-5 py-2.5 font-medium">{t("columns.date")}</th>
              <th className="px-3 py-2.5 font-medium">{t("columns.description")}</th>
              <th className="px-3 py-2.5 font-medium">{t("columns.operator")}</th>
              <th className="px-3 py-2.5 font-medium">{t("columns.phone")}</th>
              <th className="px-3 py-2.5 font-medium">{t("columns.status")}</th>
              <th className="px-5 py-2.5 text-right font-medium">{t("columns.amount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-surface-line">
            {rows.map((row) => (
              <tr key={row.id} data-testid={`transaction-${row.id}`} className="hover:bg-surface-sunken/60">
                <td className="whitespace-nowrap px-5 py-3 text-ink-muted">
                  {dateFormat.format(new Date(row.createdAt))}
                </td>
                <td className="px-3 py-3">
                  <Link
                    href={`/transactions/${row.id}`}
                    className="font-medium text-ink hover:text-brand-700 hover:underline"
                  >
                    {row.description}
                  </Link>
                  <p className="text-xs text-ink-muted">
                    {t(`types.${row.kind}`)}
                    {row.reference ? ` · ${row.reference}` : ""}
                  </p>
                </td>
                <td className="whitespace-nowrap px-3 py-3 text-ink-muted">
                  {row.operator ? operatorLabel(row.operator) : "—"}
                </td>
                <td className="whitespace-nowrap px-3 py-3 text-ink-muted">
                  {row.phone ? formatPhone(row.phone) : "—"}
                </td>
                <td className="px-3 py-3">
                  <RowStatus row={row} />
                </td>
                <SignedAmountCell kind={row.kind} amount={row.amount} locale={locale} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center justify-between gap-4 border-t border-surface-line px-5 py-3">
        <LiveIndicator />
        {list.error ? (
          <p role="alert" className="text-sm text-danger">
            {t("loadFailed", { message: list.error.message })}
          </p>
        ) : null}
        {list.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() => void list.fetchNextPage()}
            disabled={list.isFetchingNextPage}
          >
            {list.isFetchingNextPage ? t("loading") : t("loadMore")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
