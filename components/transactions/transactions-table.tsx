"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { LiveIndicator } from "@/components/live/live-indicator";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
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
  const format = useFormatter();
  const list = useTransactions(query, initial);
  const rows = list.data.pages.flatMap((page) => page.rows);
  if (rows.length === 0) return <p className="px-5 py-10 text-center text-sm text-ink-muted">{t("empty")}</p>;
  return (
    <div>
      <Table data-testid="transactions-table">
        <TableHead>
          <Th>{t("columns.date")}</Th>
          <Th>{t("columns.description")}</Th>
          <Th>{t("columns.operator")}</Th>
          <Th>{t("columns.phone")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th alignment="right">{t("columns.amount")}</Th>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <Tr key={row.id} data-testid={`transaction-${row.id}`} className="hover:bg-surface-sunken/60">
              <Td className="whitespace-nowrap text-xs text-ink-muted md:text-sm">
                {format.dateTime(new Date(row.createdAt), "moment")}
              </Td>
              <Td>
                <Link
                  href={`/transactions/${row.id}`}
                  className="font-medium text-ink hover:text-brand-700 hover:underline"
                >
                  {row.description}
                </Link>
                <p className="text-xs text-ink-muted [overflow-wrap:anywhere]">
                  {t(`types.${row.kind}`)}{" "}
                  <span className="tabular-nums" data-testid="transaction-number">
                    {row.number}
                  </span>
                  {row.kind === "refund" && row.invoiceNumber ? ` (${row.invoiceNumber})` : ""}
                  {row.customerName ? ` · ${row.customerName}` : ""}
                  {row.reference ? ` · ${row.reference}` : ""}
                </p>
              </Td>
              <Td label={t("columns.operator")} className="whitespace-nowrap text-ink-muted">
                {row.operator ? operatorLabel(row.operator) : "—"}
              </Td>
              <Td label={t("columns.phone")} className="whitespace-nowrap text-ink-muted">
                {row.phone ? formatPhone(row.phone) : "—"}
              </Td>
              <Td label={t("columns.status")}>
                <RowStatus row={row} />
              </Td>
              <SignedAmountCell
                kind={row.kind}
                amount={row.amount}
                locale={locale}
                label={t("columns.amount")}
              />
            </Tr>
          ))}
        </TableBody>
      </Table>
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
