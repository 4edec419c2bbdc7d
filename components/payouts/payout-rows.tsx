"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { formatXof } from "@/lib/money";
import type { PayoutDto } from "@/lib/payouts/payout-dto";
import { formatPhone } from "@/lib/phone";
import { PayoutStatusBadge } from "./payout-status-badge";

/** The payouts table shared by the list and the approval queue: columns on a desk, three lines a row on a phone. */
export function PayoutRows({
  rows,
  currentStaffId,
  testId = "payout-row",
}: {
  rows: PayoutDto[];
  currentStaffId: string;
  testId?: string;
}) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "fr";
  return (
    <Table>
      <TableHead>
        <Th>
          {t("columns.number")} · {t("columns.date")}
        </Th>
        <Th>{t("columns.recipient")}</Th>
        <Th alignment="right">{t("columns.amount")}</Th>
        <Th>{t("columns.purpose")}</Th>
        <Th>{t("columns.requestedBy")}</Th>
        <Th>{t("columns.status")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <Tr key={row.id} data-testid={testId} className="hover:bg-surface-sunken/60">
            <Td>
              <div className="flex items-baseline justify-between gap-3">
                <Link
                  href={`/payouts/${row.id}`}
                  className="whitespace-nowrap font-medium tabular-nums text-brand-700 hover:underline"
                  data-testid="payout-number"
                >
                  {row.number}
                </Link>
                <span className="whitespace-nowrap font-medium tabular-nums text-ink md:hidden">
                  {formatXof(row.amount, locale)}
                </span>
              </div>
              {/* Under the number on a desk: a date column would push the state out of a 1440 px screen. */}
              <span className="hidden whitespace-nowrap text-xs text-ink-muted md:block">
                {format.dateTime(new Date(row.createdAt), "moment")}
              </span>
              {/* A phone reads the row in three lines; the desk's columns below are hidden there. */}
              <p className="mt-0.5 text-ink md:hidden">
                {formatPhone(row.recipientPhone)}
                <span className="text-ink-muted"> · {operatorLabel(row.operator)}</span>
              </p>
              <div className="mt-1 flex flex-wrap items-center justify-between gap-x-2 gap-y-1 md:hidden">
                <PayoutStatusBadge status={row.status} />
                <span className="text-xs text-ink-muted">
                  {format.dateTime(new Date(row.createdAt), "moment")}
                </span>
              </div>
            </Td>
            <Td deskOnly className="whitespace-nowrap text-ink">
              {formatPhone(row.recipientPhone)}
              <span className="block text-xs text-ink-muted">{operatorLabel(row.operator)}</span>
            </Td>
            <Td deskOnly alignment="right" className="whitespace-nowrap font-medium tabular-nums text-ink">
              {formatXof(row.amount, locale)}
            </Td>
            <Td deskOnly className="text-ink">
              {t(`purposes.${row.purpose}`)}
              {row.invoiceNumber ? (
                <span className="whitespace-nowrap tabular-nums"> {row.invoiceNumber}</span>
              ) : null}
              <span className="block whitespace-nowrap text-xs text-ink-muted">
                {t(`destinations.${row.destination}`)}
              </span>
            </Td>
            <Td deskOnly className="text-ink-muted">
              {row.requestedBy.name}
              {row.requestedBy.id === currentStaffId ? (
                <span className="ml-1 text-xs">({t("yourRequest")})</span>
              ) : null}
            </Td>
            <Td deskOnly>
              <PayoutStatusBadge status={row.status} />
              {row.decidedBy ? (
                <p
                  className="mt-0.5 max-w-48 truncate text-xs text-ink-muted"
                  title={row.decisionNote ?? undefined}
                >
                  {row.decidedBy.name}
                  {row.decisionNote ? ` — ${row.decisionNote}` : ""}
                </p>
              ) : null}
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
